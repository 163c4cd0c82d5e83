x = 10
lst = [x for x in range(3)]
print(x, lst)
i = 'keep'
d = {i: i * 2 for i in range(3)}
s = {i % 2 for i in range(5)}
print(i, d, s)
n = 3
print([[n * r + c for c in range(n)] for r in range(n)])
def f(k):
    return [k * j for j in range(k)]
print(f(4), [f(j) for j in range(3)])
def g():
    base = 100
    return [base + v for v in range(3)]
print(g())
def h():
    m = 2
    fs = [lambda: m * q for q in range(3)]
    return [fn() for fn in fs]
print(h())
words = ['a', 'bb', 'a', 'ccc', 'bb']
print({w: len(w) for w in words}, [w for w in words if words.count(w) > 1])
print([c for w in words for c in w if c != 'b'])
print([(a, b) for a in range(4) if a % 2 for b in range(a)])
pairs = [(k, v) for k, v in {'x': 1, 'y': 2}.items()]
print(pairs)
print([[y for y in range(x)] for x in range(4)])
print([v if v > 0 else 0 for v in [-2, -1, 0, 1, 2]])
total = sum([v * v for v in range(10) if v % 3 != 0])
print(total)
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 1
print(grid)
print(len([None for _ in range(1000)]), {k: None for k in 'abc'})
