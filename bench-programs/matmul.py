# args: 20
import sys


def make_matrix(rows, cols, seed):
    m = []
    x = seed
    for i in range(rows):
        row = []
        for j in range(cols):
            x = (x * 69069 + 1) % 4294967296
            row.append((x % 2000) / 1000.0 - 1.0)
        m.append(row)
    return m


def transpose(m):
    return [[m[i][j] for i in range(len(m))] for j in range(len(m[0]))]


def matmul(a, b):
    bt = transpose(b)
    result = []
    for row in a:
        out_row = []
        for col in bt:
            s = 0.0
            for k in range(len(row)):
                s += row[k] * col[k]
            out_row.append(s)
        result.append(out_row)
    return result


def matmul_ikj(a, b):
    n = len(a)
    m = len(b[0])
    c = [[0.0] * m for _ in range(n)]
    for i in range(n):
        ai = a[i]
        ci = c[i]
        for k in range(len(b)):
            aik = ai[k]
            bk = b[k]
            for j in range(m):
                ci[j] += aik * bk[j]
    return c


def trace(m):
    return sum([m[i][i] for i in range(len(m))])


def frobenius_sq(m):
    total = 0.0
    for row in m:
        for v in row:
            total += v * v
    return total


def max_abs_diff(a, b):
    worst = 0.0
    for i in range(len(a)):
        for j in range(len(a[i])):
            d = abs(a[i][j] - b[i][j])
            if d > worst:
                worst = d
    return worst


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 220
    a = make_matrix(n, n, 1)
    b = make_matrix(n, n, 2)
    c1 = matmul(a, b)
    c2 = matmul_ikj(a, b)
    print("n", n)
    print("trace %.9f" % trace(c1))
    print("frob2 %.6f" % frobenius_sq(c1))
    print("agree", max_abs_diff(c1, c2) < 1e-9)
    print("corner", repr(round(c1[0][0], 10)), repr(round(c1[n - 1][n - 1], 10)))
