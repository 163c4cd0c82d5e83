d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0))
print(d.setdefault("a", 100), d.setdefault("c", 3), d.setdefault("n"), d)
print(d.pop("n"), d.pop("zz", "none"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
d.update({"d": 4}, e=5)
d.update([("f", 6), ("a", 10)])
print(d)
print(d.popitem(), d.popitem(), d)
print(list(d.keys()), list(d.values()), list(d.items()))
c = d.copy()
c["new"] = 1
print(d, c, c is d)
c.clear()
print(c, len(c))
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict.fromkeys(range(3), []))
shared = dict.fromkeys("xy", [])
shared["x"].append(1)
print(shared)
print(dict(a=1, b=2), dict([("k", "v")]), dict({"p": 1}, q=2), dict(zip("ab", [1, 2])))
groups = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(w[0], []).append(w)
print(groups)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: -kv[1]))
order = {}
order["z"] = 1
order["a"] = 2
order["m"] = 3
order["z"] = 4
print(list(order), order)
del order["a"]
order["a"] = 5
print(list(order.items()))
print(len(d), "a" in d, "zz" not in d, d == {"a": 10, "b": 2, "c": 3, "d": 4})
print({1: "a"} == {1.0: "a"}, {"x": [1]} == {"x": [1]}, {1: 2} != {1: 3})
nested = {"outer": {"inner": {"leaf": 1}}}
nested["outer"]["inner"]["leaf"] += 1
nested["outer"]["other"] = []
print(nested)
it = iter({"k1": 1, "k2": 2})
print(next(it), next(it))
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
print({True: "t", 1: "one", 1.0: "float"})
