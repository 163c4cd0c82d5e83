# Specialization stress: int fast paths at representation boundaries
# (2**47 small-int limit, 2**63 machine-word limit), in-place operators,
# comparisons and range iteration that cross those limits mid-loop.

B47 = 2**47
B63 = 2**63


def walk_shift(x, n):
    out = []
    for i in range(n):
        x <<= 1
        out.append(x)
    return out


def walk_mul(x, f, n):
    out = []
    for i in range(n):
        x *= f
        out.append(x)
    return out


def walk_add(x, step, n):
    out = []
    for i in range(n):
        x += step
        if x > B47 - 3 and x < B47 + 3 or x > B63 - 3 and x < B63 + 3 or -x > B47 - 3 and -x < B47 + 3:
            out.append(x)
    return out


# Warm every site with small values first.
for i in range(2000):
    walk_shift(1, 3)
    walk_mul(3, 2, 3)
    walk_add(0, 1, 3)

print("shift", walk_shift(1, 70)[44:50], walk_shift(1, 70)[60:66], walk_shift(-3, 66)[-2:])
print("mul", walk_mul(3, 7, 40)[15:20], walk_mul(-5, 3, 45)[28:32], walk_mul(2**31, 2**31, 2))
print("add", walk_add(B47 - 10, 1, 20), walk_add(-B47 + 10, -1, 20), walk_add(B63 - 10, 1, 20))


def ops(a, b):
    r = []
    for f in (lambda: a + b, lambda: a - b, lambda: a * b, lambda: a // b, lambda: a % b,
              lambda: a & b, lambda: a | b, lambda: a ^ b, lambda: a >> (b % 70), lambda: a << (b % 70),
              lambda: a < b, lambda: a == b, lambda: a >= b, lambda: -a, lambda: ~a, lambda: abs(a)):
        try:
            r.append(f())
        except ZeroDivisionError as e:
            r.append("ZDE")
    return r


edges = [B47 - 1, B47, -B47, -B47 - 1, B63 - 1, B63, -B63, -B63 - 1, 2**64 - 1, 1, -1, 0, 47, 48, 63, 64, 3, -3]
for a in edges:
    for b in (B47 - 1, -B47, B63, -1, 3, 0, 64):
        for i in range(20):
            ops(5, 3)          # keep the lambdas' sites specialized on small ints
        print(a, b, ops(a, b))

# Floor division / modulo sign rules right at the edges.
tot = 0
for i in range(4000):
    x = (i - 2000) * 70368744177
    tot += x // 7 + x % 7 + x // -7 + x % -7 + (x << 3) // 9 - (x >> 5)
print("divmod-sum", tot)

# Counting loops whose counter crosses 2**47 and 2**63.
for start in (B47 - 5, B63 - 5, -B47 + 5, -B63 + 5):
    step = 1 if start > 0 else -1
    seen = []
    c = start
    while (c < start + 10) if step > 0 else (c > start - 10):
        seen.append(c - start)
        c += step
    print("count", start, seen, c)
for r in (range(B47 - 3, B47 + 3), range(-B47 + 2, -B47 - 3, -1), range(B63 - 2, B63 + 2), range(0, 3 * B47, B47)):
    print("range", [v - r.start for v in r], [type(v).__name__ for v in r][:1])

# Accumulate then undo: the result must return to exactly zero.
acc = 0
for i in range(3000):
    acc += i * B47 + i
for i in range(3000):
    acc -= i * B47 + i
print("zero", acc, acc == 0, type(acc).__name__)
