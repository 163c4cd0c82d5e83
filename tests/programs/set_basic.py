s = {3, 1, 2}
e = set()
print(s, e, len(s), len(e), {5}, set([1, 1, 2, 2, 3]), set(range(5)))
print(2 in s, 5 in s, 5 not in s)
s.add(4)
s.add(1)
print(s)
s.discard(10)
s.discard(1)
print(s)
s.remove(2)
print(s, len(s))
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a <= b, {1, 2} <= a, {1, 2} < a, a < a, a >= {1}, a > a, a == {4, 3, 2, 1}, a != b)
c = set(a)
c |= {10}
print(c)
c &= {1, 2, 10, 11}
print(sorted(c))
c -= {1}
print(sorted(c))
c ^= {2, 3}
print(sorted(c))
print(sorted({5, -1, 3, 100, 0}), sum({1, 2, 3}), max({4, 9, 2}), min({4, 9, 2}))
print(bool(set()), bool({0}), isinstance(set(), set), type(set()), set() == set())
print({x % 5 for x in range(20)}, sorted({x * x for x in range(-3, 4)}))
print(len(set('mississippi')), sorted(set('mississippi')))
print(set((1, 2, 2)), {(1, 2), (1, 2)}, len({1, 1.0, True}))
u = set()
for i in [5, 3, 5, 1, 3, 9]:
    u.add(i)
print(u, len(u))
v = {10, 20, 30}
for x in sorted(v):
    print(x, end=' ')
print()
seen = set()
dups = []
for x in [1, 4, 2, 4, 1, 6]:
    if x in seen:
        dups.append(x)
    seen.add(x)
print(dups, seen)
