evens = {x for x in range(0, 20, 2)}
threes = {x for x in range(0, 20, 3)}
print(sorted(evens | threes), sorted(evens & threes), sorted(evens - threes), sorted(evens ^ threes))
print(len(evens), len(threes), 6 in evens & threes, 4 in evens - threes)
s = set()
for word in 'to be or not to be'.split():
    s.add(len(word))
print(s)
a = {1, 2, 3}
b = a
b.add(4)
print(a, a is b)
c = set(a)
c.add(5)
print(a, c, a <= c, c >= a, a < c, c > c)
print({1, 2} == {2, 1}, {1} != {1, 2}, set() < {1}, {3} - {3} == set())
d = {0, 1, 2, 3, 4}
d -= {1, 3}
d |= {7}
d ^= {0, 8}
print(d, len(d))
print(sorted({(i % 3, i % 2) for i in range(6)}))
print(sorted(set([3, 1, 2]) | set((5,))), sum({2, 4, 6}), 4 in {1, 2, 3, 4})
uniq = []
seen = set()
for v in [3, 1, 3, 2, 1, 4]:
    if v not in seen:
        seen.add(v)
        uniq.append(v)
print(uniq)
print(len({i // 3 for i in range(30)}), {True, 1, 1.0}, {0, False})
