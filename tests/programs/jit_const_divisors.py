# Integer division, modulo, addition and subtraction by constants inside hot loops:
# negative operands, negative divisors, and results that leave the small-int range
# (2**47) on either side must give exactly what the interpreter gives.


def floor_and_mod(lo, hi):
    acc = 0
    for x in range(lo, hi):
        acc += x // 10 + x % 10 + x // -3 + x % -3 + x // 7 * 3 - x % 7
        acc ^= x // -1
    return acc


def digits(n):
    total = 0
    for x in range(-n, n, 7):
        d = x
        s = 0
        while d != 0 and d != -1:
            s += d % 10
            d //= 10
        total += s
    return total


def negate_edge(start, n):
    # x // -1 leaves the small-int range at -(2**47).
    out = []
    x = start
    for _ in range(n):
        out.append(x // -1)
        x -= 1
    return out[0], out[-1], len(out)


def add_edges(start, n, step):
    # x + 5 crosses 2**47 going up; x - 3 and x + (-4) cross -(2**47) going down.
    up = start
    down = -start
    hits = 0
    for i in range(n):
        up = up + 5
        down = down - 3
        down = down + (-4)
        if up % 1000 == 0:
            hits += 1
    return up, down, hits, type(up).__name__


print(floor_and_mod(-3000, 3000))
print(floor_and_mod(2**47 - 2000, 2**47 - 1))
print(digits(5000))
print(negate_edge(-(2**47) + 1500, 3000))
print(add_edges(2**47 - 5 * 2000, 3000, 5))
print(add_edges(0, 3000, 5))
