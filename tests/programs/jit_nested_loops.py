# Outer loops calling inner loops' traces: inner loops of varying length, breaks, inner
# loops whose types change, an inner loop that raises, and nested list loops.


def grid(n):
    t = 0
    for i in range(n):
        for j in range(i % 9):
            t += i * j
    return t


def breaks(n):
    hits = 0
    for i in range(n):
        for j in range(20):
            if (i + j) % 11 == 0:
                hits += j
                break
    return hits


def changes(n):
    acc = 0
    for i in range(n):
        for j in range(5):
            acc = acc + j
        if i == n - 100:
            acc = acc * 1.5  # the inner loop now adds to a float
    return acc


def raising(n):
    rows = [[1, 2, 3, 4]] * n
    rows[n - 3] = [1, 2, 0, 4]
    out = 0
    try:
        for row in rows:
            for x in row:
                out += 12 // x
    except ZeroDivisionError as e:
        print("raised", e, out)
    return out


def matrix(n):
    a = [[float(i * n + j) for j in range(n)] for i in range(n)]
    s = 0.0
    for row in a:
        for x in row:
            s += x * 0.5
    for i in range(n):
        for j in range(n):
            a[i][j] = a[j][i] + 1.0
    return s, a[3][4], sum(a[n - 1])


print(grid(4000))
print(breaks(3000))
print(changes(3000))
print(raising(3000))
print(matrix(60))
