# Loops inside functions that a hot loop calls: the outer loop's trace inlines the call
# and calls the inner loop's own trace with the callee's frame. Exits of the inner trace
# that do not end its loop normally leave with the callee's frame rebuilt.


def collatz_len(x):
    steps = 0
    while x != 1:
        if x % 2 == 0:
            x = x // 2
        else:
            x = 3 * x + 1
        steps += 1
    return steps


def longest(limit):
    best = best_at = total = 0
    for start in range(1, limit):
        c = collatz_len(start)
        total += c
        if c > best:
            best, best_at = c, start
    return best, best_at, total


def find_first(items, target):
    # The loop returns from inside: an exit that is not the loop's end.
    for i in range(len(items)):
        if items[i] == target:
            return i
    return -1


def search_all(n):
    items = list(range(0, 3 * n, 3))
    hits = 0
    for k in range(n):
        hits += find_first(items, 3 * (k % 40))
    return hits


def mixed_sum(values):
    # Ints, then a float: the inner trace's type guard fails inside the callee.
    s = 0
    for v in values:
        s = s + v
    return s


def sums(rounds):
    out = 0
    for r in range(rounds):
        vals = [1, 2, 3, 4, 5, 6, 7, 8]
        if r == rounds - 3:
            vals[5] = 0.5
        out = out + mixed_sum(vals)
    return out


def divides(k, n):
    t = 0
    i = 0
    while i < n:
        t += 1000 // (k - i)
        i += 1
    return t


def raises_late(rounds):
    # A ZeroDivisionError raised by the interpreter in the callee's frame after the
    # inner trace left: the traceback names the callee.
    t = 0
    for r in range(rounds):
        t += divides(rounds - r, 10)
    return t


def inner_sq(n):
    s = 0
    for j in range(n):
        s += j * j
    return s


def middle(n):
    return inner_sq(n) + inner_sq(n // 2)


def two_levels(rounds):
    t = 0
    for r in range(rounds):
        t += middle(r % 17)
    return t


print(longest(3000))
print(search_all(3000))
print(sums(2000))
print(two_levels(3000))
try:
    print(raises_late(3000))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
