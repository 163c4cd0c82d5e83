a, *b = 'x',
print(a, b)
*a, b = [1]
print(a, b)
a, *b, c, d = range(6)
print(a, b, c, d)
(a, *b), c = [1, 2, 3], 4
print(a, b, c)
first, *_, last = 'hello world'
print(first, last, _)
head, *tail = [[1, 2], [3, 4]]
print(head, tail)
x, *y = {'k1': 0, 'k2': 0}
print(x, y)
for a, *rest in ['abc', 'de', 'f']:
    print(a, rest)
def split_first(seq):
    f, *r = seq
    return f, r
print(split_first((9, 8, 7)), split_first('z'))
m, n = n, m = 1, 2
print(m, n)
[a, [b, *c]] = [1, [2, 3, 4]]
print(a, b, c)
row = [1, 2, 3]
print(*row, sep=',')
print(max(*row), min(*row, 0))
args = (1, 2)
kwargs = {'sep': '+'}
print(*args, **kwargs)
nums = [5, 3, 8]
lo, *mid, hi = sorted(nums)
print(lo, mid, hi)
merged = [*nums, *range(2), *'ab']
print(merged)
t = *nums, 0
print(t)
d1 = {'a': 1, 'b': 2}
d2 = {'b': 20, 'c': 30}
print({**d1, **d2}, {**d2, **d1}, dict(d1, **d2))
