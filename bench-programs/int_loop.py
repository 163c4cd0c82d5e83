# args: 2000
import sys


def collatz_len(x):
    steps = 0
    while x != 1:
        if x % 2 == 0:
            x = x // 2
        else:
            x = 3 * x + 1
        steps += 1
    return steps


def longest_collatz(limit):
    best = 0
    best_start = 1
    total = 0
    for start in range(1, limit):
        c = collatz_len(start)
        total += c
        if c > best:
            best = c
            best_start = start
    return best_start, best, total


def digit_mix(limit):
    # integer arithmetic: digit sums, xor, shifts, modular products
    acc = 0
    i = 1
    while i < limit:
        d = i
        s = 0
        while d > 0:
            s += d % 10
            d //= 10
        acc = (acc * 31 + (s ^ (i >> 3)) + (i & 255)) % 1000000007
        i += 1
    return acc


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 120000
    start, length, total = longest_collatz(n)
    print("longest collatz below", n, "starts at", start, "with", length, "steps")
    print("total steps:", total)
    print("digit mix:", digit_mix(n))
