a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x, y, z = [10, 20, 30]
print(x, y, z)
p, q = 'hi'
print(p, q)
(m, n), o = (1, 2), 3
print(m, n, o)
[r, s] = (5, 6)
print(r, s)
i, (j, (k, l)) = 1, [2, (3, 4)]
print(i, j, k, l)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = range(5)
print(init, last)
h, *mid, t = 'abcdef'
print(h, mid, t)
u, *v, w = [1, 2]
print(u, v, w)
*all_, = (7, 8)
print(all_)
a1, (b1, *c1), d1 = 0, (1, 2, 3), 4
print(a1, b1, c1, d1)
for idx, (key, val) in enumerate([('a', 1), ('b', 2)]):
    print(idx, key, val)
for e1, *e2 in [(1, 2, 3), (4,), [5, 6]]:
    print(e1, e2)
pts = [(1, 2), (3, 4), (5, 6)]
sx = 0
sy = 0
for px, py in pts:
    sx += px
    sy += py
print(sx, sy)
d = {'one': 1, 'two': 2}
for kk, vv in d.items():
    print(kk, vv)
aa = bb = cc = [0]
aa.append(1)
print(aa, bb, cc, aa is cc)
q1, q2 = q3 = (8, 9)
print(q1, q2, q3)
lst = [0, 0, 0]
lst[0], lst[2] = 'L', 'R'
print(lst)
dd = {}
dd['x'], dd['y'] = divmod(17, 5)
print(dd)
i = 0
arr = [5, 6]
i, arr[i] = 1, 99
print(i, arr)
print(*[1, 2, 3], *'ab', sep='-')
print([*range(3), *[7, 8]], (*'xy', 0), {**{'a': 1}, 'b': 2, **{'a': 3}})
print({*[1, 2], *(2, 3)})
