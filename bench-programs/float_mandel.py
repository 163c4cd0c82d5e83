# args: 24
import sys


def mandel_row(y, size, max_iter):
    ci = 2.0 * y / size - 1.0
    counts = []
    for x in range(size):
        cr = 2.5 * x / size - 2.0
        zr = 0.0
        zi = 0.0
        i = 0
        while i < max_iter:
            zr2 = zr * zr
            zi2 = zi * zi
            if zr2 + zi2 > 4.0:
                break
            zi = 2.0 * zr * zi + ci
            zr = zr2 - zi2 + cr
            i += 1
        counts.append(i)
    return counts


def mandelbrot(size, max_iter):
    rows = [mandel_row(y, size, max_iter) for y in range(size)]
    inside = 0
    total = 0
    for row in rows:
        for c in row:
            total += c
            if c == max_iter:
                inside += 1
    return rows, inside, total


def render(rows, max_iter, step):
    chars = " .:-=+*#%@"
    lines = []
    for r in range(0, len(rows), step):
        row = rows[r]
        line = "".join([chars[(row[c] * 9) // max_iter] for c in range(0, len(row), step)])
        lines.append(line)
    return lines


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    max_iter = 100
    rows, inside, total = mandelbrot(n, max_iter)
    print("size", n, "inside", inside, "total iterations", total)
    print("area estimate %.6f" % (5.0 * inside / (n * n)))
    step = max(1, n // 24)
    pic = render(rows, max_iter, step)
    checksum = 0
    for line in pic:
        for ch in line:
            checksum = (checksum * 131 + ord(ch)) % 1000003
    print("picture checksum", checksum, "lines", len(pic))
