# Int arithmetic in traces whose results leave the small-int range: a linear congruential
# generator, products that grow into big ints and come back, shifts, and a division by a
# big int that becomes zero.


def lcg(n):
    x = 12345
    total = 0
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        total += x >> 16
    return x, total


def grow(n):
    v = 3
    out = 0
    for i in range(n):
        v = v * 7 if i < 100 else v // 7
        out += v % 1000
    return v, out


def shifts(n):
    acc = 0
    for i in range(n):
        acc ^= (i << (i % 70)) >> 3
    return acc


def divides(n):
    d = 2 ** 80
    s = 0
    try:
        for i in range(n):
            s += (10 ** 30) // d
            if i == n - 10:
                d = 0
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    return s


print(lcg(5000))
print(grow(3000))
print(shifts(3000))
print(divides(3000))
