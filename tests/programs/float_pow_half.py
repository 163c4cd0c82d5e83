# x ** 0.5 must give C pow's bits, which are not always sqrt's: count where they differ.
import math


def checksum(xs):
    h = 0
    differs = 0
    for x in xs:
        r = x ** 0.5
        h = (h * 1000003 + hash(r)) % 2305843009213693951
        if r != math.sqrt(x):
            differs += 1
    return h, differs


def near_squares(n):
    out = []
    s = 1.0
    for i in range(n):
        s = s * 1.0000001 + 0.37
        x = s * s
        out.append(x)
        out.append(math.nextafter(x, 0.0))
        out.append(math.nextafter(x, math.inf))
    return out


def spread(n):
    out = []
    x = 1e-300
    for i in range(n):
        out.append(x)
        x = x * 1.7 + 1e-310
        if x > 1e300:
            x = x * 1e-295
    return out


h, d = checksum(near_squares(12000))
print("near squares:", h, "pow differs from sqrt", d, "times")
h, d = checksum(spread(20000))
print("spread:", h, "differs", d)
odd = [0.0, -0.0, 1.0, 4.0, 2.0, 0.25, 1e-320, 5e-324, 1e308, 1.7976931348623157e308,
       math.inf, 1e-270, 1e300, 1.0000000000000002, 0.9999999999999999]
for x in odd:
    print(repr(x), repr(x ** 0.5), (x ** 0.5) == math.sqrt(x))
total = 0.0
for x in odd * 200:
    total += x ** 0.5 if x < 1e300 else 0.0
print(total)
print(repr(math.nan ** 0.5))
