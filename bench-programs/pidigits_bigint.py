# args: 200
"""Unbounded spigot algorithms on big integers: digits of pi and e."""
import sys
from functools import reduce
from itertools import islice


class LFT:
    """Linear fractional transformation (q*x + r) / (s*x + t) with integer coefficients."""

    __slots__ = ("q", "r", "s", "t")

    def __init__(self, q, r, s, t):
        self.q = q
        self.r = r
        self.s = s
        self.t = t

    def compose(self, other):
        return LFT(self.q * other.q + self.r * other.s,
                   self.q * other.r + self.r * other.t,
                   self.s * other.q + self.t * other.s,
                   self.s * other.r + self.t * other.t)

    def floor_at(self, x):
        return (self.q * x + self.r) // (self.s * x + self.t)

    def __repr__(self):
        return f"LFT({self.q}, {self.r}, {self.s}, {self.t})"


def pi_digits():
    """Gibbons-style streaming spigot for pi."""
    z = LFT(1, 0, 0, 1)
    k = 0
    while True:
        y = z.floor_at(3)
        if y == z.floor_at(4):
            yield y
            z = LFT(10, -10 * y, 0, 1).compose(z)
        else:
            k += 1
            z = z.compose(LFT(k, 4 * k + 2, 0, 2 * k + 1))


def pi_digits_fast():
    """The same stream using plain local integers (no objects)."""
    q, r, t, k = 1, 0, 1, 0
    while True:
        three = (3 * q + r) // t
        if three == (4 * q + r) // t:
            yield three
            q, r = 10 * q, 10 * (r - three * t)
            continue
        k += 1
        k2 = 2 * k + 1
        q, r, t = q * k, (2 * q + r) * k2, t * k2


def e_digits():
    """Streaming spigot for e = 1 + 1/1 (1 + 1/2 (1 + 1/3 (...))), same scheme as pi."""
    q, r, t, k = 1, 0, 1, 0
    while True:
        # the unconsumed tail lies between 1 and 2
        low = (q + r) // t
        if low == (2 * q + r) // t:
            yield low
            q, r = 10 * q, 10 * (r - low * t)
            continue
        k += 1
        q, r, t = q, (q + r) * k, t * k


def e_digits_bigint(n):
    """e * 10**(n-1) truncated, from one big-integer series sum (cross-check)."""
    scale = 10 ** (n + 10)
    term = scale
    total = 0
    k = 0
    while term:
        total += term
        k += 1
        term //= k
    return total // 10 ** 11


def arctan_inverse(x, scale):
    """arctan(1/x) * scale, by the alternating Taylor series on big integers."""
    power = scale // x
    total = power
    x2 = x * x
    n = 1
    sign = -1
    while power:
        power //= x2
        n += 2
        total += sign * (power // n)
        sign = -sign
    return total


def pi_machin(n):
    """pi * 10**(n-1) truncated, via Machin's formula (cross-check)."""
    scale = 10 ** (n + 10)
    value = 4 * (4 * arctan_inverse(5, scale) - arctan_inverse(239, scale))
    return value // 10 ** 11


def digits_to_int(digits):
    """Horner's rule, nine digits at a time (avoids huge str/int conversions)."""
    acc = 0
    for i in range(0, len(digits), 9):
        chunk = digits[i:i + 9]
        acc = acc * 10 ** len(chunk) + reduce(lambda a, d: a * 10 + d, chunk, 0)
    return acc


def format_lines(digits, width=10):
    lines = []
    count = 0
    buf = []
    for d in digits:
        buf.append(str(d))
        count += 1
        if len(buf) == width:
            lines.append("%s\t:%d" % ("".join(buf), count))
            buf = []
    if buf:
        lines.append("%s%s\t:%d" % ("".join(buf), " " * (width - len(buf)), count))
    return lines


def checksum(digits):
    return reduce(lambda acc, d: (acc * 10 + d) % 998244353, digits, 0)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    pi = list(islice(pi_digits_fast(), n))
    for line in format_lines(pi):
        print(line)
    print("pi checksum:", checksum(pi))

    machin = pi_machin(n)
    print("Machin formula agrees:", machin == digits_to_int(pi))
    m = max(10, n // 5)
    pi_obj = list(islice(pi_digits(), m))
    print(f"object spigot agrees on {m} digits:", pi_obj == pi[:m])

    k = max(10, n // 3)
    e = list(islice(e_digits(), k))
    ref = e_digits_bigint(k)
    print(f"e: first 30 = {''.join(map(str, e[:30]))}  agrees with series: {digits_to_int(e) == ref}")
    print("e checksum:", checksum(e))
    counts = [pi.count(d) for d in range(10)]
    print("pi digit counts:", counts)
    big = int("".join(map(str, pi[:50])))
    print("50-digit pi as int: bits =", big.bit_length(), "mod 2^61-1 =", big % ((1 << 61) - 1))
    print(repr(LFT(1, 2, 3, 4).compose(LFT(5, 6, 7, 8))))


if __name__ == "__main__":
    main()
