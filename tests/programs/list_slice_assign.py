a = list(range(10))
print(a[2:5], a[::3], a[::-1], a[-3:], a[5:2], a[1:-1:2])
a[1:3] = ['a', 'b', 'c']
print(a)
a[5:] = []
print(a)
a[:0] = [-1, -2]
print(a)
a[len(a):] = [100]
print(a)
a[2:2] = 'xy'
print(a)
b = list(range(10))
b[::2] = [0, 0, 0, 0, 0]
print(b)
b[1::2] = 'abcde'
print(b)
c = list(range(10))
del c[::2]
print(c)
del c[1]
print(c)
del c[-1]
print(c)
del c[1:3]
print(c)
d = list(range(8))
del d[::-3]
print(d)
e = [1, 2, 3, 4, 5]
e[1:4] = []
print(e)
e[:] = [9, 8, 7]
print(e)
f = [0] * 5
f[2] = 7
f[-1] = 8
f[0] += 10
f[2] *= 3
f[-1] -= 1
print(f)
g = list(range(6))
g[4:1:-1] = ['x', 'y', 'z']
print(g)
h = [1, 2, 3]
h[1:2] = [[4, 5]]
print(h)
i = [[1], [2]]
i[0] += [10]
print(i)
lst = list(range(20))
print(lst[3:17:4], lst[-1:-20:-5], lst[100:], lst[-100:2])
