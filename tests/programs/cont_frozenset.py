f = frozenset([3, 1, 2, 3])
print(sorted(f), len(f), 2 in f, type(f).__name__)
g = frozenset("abc")
print(sorted(g | {"d"}), type(g | {"d"}).__name__)
print(type({"d"} | g).__name__, type(g & set("ab")).__name__, type(set("ab") & g).__name__)
print(sorted(f - {1}), sorted(f ^ {5}), sorted(f.union([9])), type(f.union([9])).__name__)
print(f.issubset({1, 2, 3, 4}), f.issuperset({1}), f.isdisjoint(g))
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
d = {f: "frozen key", frozenset(): "empty"}
print(d[frozenset([1, 2, 3])], d[frozenset()])
nested = {frozenset([1, 2]), frozenset([2, 1]), frozenset([3])}
print(len(nested))
print(sorted(sorted(x) for x in nested))
print(frozenset() == set(), frozenset([1]) == {1}, frozenset(), repr(frozenset([7])))
h = f
h |= {10}
print(sorted(h), sorted(f), h is f)
cp = f.copy()
print(cp == f, type(cp).__name__)
print(frozenset(range(3)) < frozenset(range(4)), frozenset({1: "a", 2: "b"}) == {1, 2})
fs_of_pairs = frozenset((i, i * i) for i in range(3))
print(sorted(fs_of_pairs))
print(sorted(frozenset("hello")), len(frozenset("hello")))
groups = {}
for word in ["listen", "silent", "enlist", "google", "gogole", "cat"]:
    groups.setdefault(frozenset(word), []).append(word)
print(sorted(groups.values()))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
