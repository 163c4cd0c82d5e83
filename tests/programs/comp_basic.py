print([x * x for x in range(10)])
print([x for x in range(20) if x % 3 == 0])
print([x if x % 2 else -x for x in range(8)])
print([(x, y) for x in range(3) for y in range(3) if x != y])
print([[x * y for y in range(1, 4)] for x in range(1, 4)])
print([c.upper() for c in 'hello' if c not in 'l'])
print({x: x ** 3 for x in range(5)})
print({k: v for k, v in zip('abc', [1, 2, 3]) if v > 1})
print({x % 4 for x in range(50)})
print(sorted({w[0] for w in ['apple', 'avocado', 'banana', 'cherry']}))
print([y for x in [[1, 2], [3], []] for y in x])
print([x for x in range(30) if x % 2 if x % 3])
print([len(w) for w in 'a bb ccc dddd'.split()])
print([i for i in []], {i: i for i in []}, [[] for _ in range(2)])
x = 'outer'
r = [x for x in range(3)]
print(x, r)
n = 5
print([n * i for i in range(n)])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i, row in enumerate(matrix)])
print([[row[i] for row in matrix] for i in range(len(matrix[0]))])
print(sum([x for x in range(1000) if x % 3 == 0 or x % 5 == 0]))
print([(i, j, k) for i in range(1, 20) for j in range(i, 20) for k in range(j, 20) if i * i + j * j == k * k])
print({(a, b): a * b for a in range(2) for b in range(2)})
print(dict([(str(i), i) for i in range(3)]))
print(max([len(s) for s in ['x', 'yyy', 'zz']]), any([x > 5 for x in range(7)]), all([x < 5 for x in range(7)]))
fs = [lambda y, i=i: i + y for i in range(3)]
print([f(10) for f in fs])
