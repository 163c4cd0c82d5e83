a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection(b, {4})), sorted(a.difference([1], (2,))), sorted(a.symmetric_difference([1, 7])))
print(a <= a, a < a, {1} < a, a >= {1, 2}, a > b, a.issubset(range(10)), a.issuperset([1, 2]))
print(a.isdisjoint(b), a.isdisjoint({7, 8}), a == {4, 3, 2, 1}, a != b)
s = set()
s.add(3)
s.add(1)
s.add(3)
print(sorted(s), len(s))
s.update([5, 6], (7,), "ab")
print(sorted(s, key=str))
s.discard(100)
s.discard("a")
s.remove("b")
print(sorted(s))
try:
    s.remove(100)
except KeyError as e:
    print("KeyError:", e)
p = {42}
print(p.pop(), p)
c = {1, 2, 3}
c |= {4}
c &= {1, 2, 4, 8}
c -= {1}
c ^= {2, 10}
print(sorted(c))
d = {1, 2, 3}
d.intersection_update([2, 3, 4])
print(sorted(d))
d.difference_update({3})
print(d)
d.symmetric_difference_update({2, 9})
print(d)
e = d.copy()
e.add(0)
print(sorted(d), sorted(e))
e.clear()
print(e, set(), repr(set()))
print(sorted(set("mississippi")), len(set([1, 1.0, True])))
print(sorted({x % 4 for x in range(20)}))
try:
    {1} | [2]
except TypeError as e:
    print("TypeError:", e)
try:
    {1} < [1, 2]
except TypeError as e:
    print("TypeError:", e)
print(sorted(set([(1, 2), (1, 2), (2, 1)])), {frozenset([1])} == {frozenset([1])})
words = "the cat and the hat and the bat".split()
seen = set()
dups = []
for w in words:
    if w in seen:
        dups.append(w)
    seen.add(w)
print(dups, sorted(seen))
print({1, 2} == frozenset([1, 2]), min({5, 3, 9}), max({5, 3, 9}), sum({1, 2, 3}))
