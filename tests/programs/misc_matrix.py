def matmul(a, b):
    n, m, p = len(a), len(b), len(b[0])
    return [[sum([a[i][k] * b[k][j] for k in range(m)]) for j in range(p)] for i in range(n)]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
def mat_pow(m, e):
    result = identity(len(m))
    while e:
        if e & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        e >>= 1
    return result
a = [[1, 2], [3, 4]]
b = [[5, 6], [7, 8]]
print(matmul(a, b), matmul(b, a), matmul(a, identity(2)) == a)
fibm = mat_pow([[1, 1], [1, 0]], 200)
print(fibm[0][1])
print(mat_pow([[2, 0], [0, 3]], 50))
t = [list(r) for r in zip(*[[1, 2, 3], [4, 5, 6]])]
print(t)
def det(m):
    if len(m) == 1:
        return m[0][0]
    total = 0
    for c in range(len(m)):
        minor = [row[:c] + row[c + 1:] for row in m[1:]]
        total += (-1) ** c * m[0][c] * det(minor)
    return total
print(det([[1, 2], [3, 4]]), det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), det(identity(5)))
grid = [[(r * 7 + c * 3) % 10 for c in range(6)] for r in range(4)]
for row in grid:
    print(' '.join([str(v) for v in row]), '|', sum(row))
print([sum([grid[r][c] for r in range(4)]) for c in range(6)])
fm = [[i / 4 for i in range(3)], [1.5, -2.0, 0.1]]
print(matmul(fm, [[1.0], [2.0], [3.0]]))
