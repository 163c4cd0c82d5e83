# args: 6
"""Enumerating permutations and combinations with itertools and generators,
checking the counts against closed formulas."""
import math
import sys
from collections import Counter, defaultdict
from functools import reduce, lru_cache
from itertools import combinations, combinations_with_replacement, permutations, product, islice, chain


def derangements(items):
    """Yield every arrangement of items with no element in its original place."""
    n = len(items)

    def extend(prefix, remaining):
        i = len(prefix)
        if i == n:
            yield tuple(prefix)
            return
        for k, x in enumerate(remaining):
            if x == items[i]:
                continue
            prefix.append(x)
            yield from extend(prefix, remaining[:k] + remaining[k + 1:])
            prefix.pop()

    yield from extend([], list(items))


def heap_permutations(seq):
    """Heap's algorithm, as a generator of tuples."""
    a = list(seq)
    n = len(a)
    c = [0] * n
    yield tuple(a)
    i = 1
    while i < n:
        if c[i] < i:
            if i % 2 == 0:
                a[0], a[i] = a[i], a[0]
            else:
                a[c[i]], a[i] = a[i], a[c[i]]
            yield tuple(a)
            c[i] += 1
            i = 1
        else:
            c[i] = 0
            i += 1


def gray_code(bits):
    for i in range(1 << bits):
        yield i ^ (i >> 1)


@lru_cache(maxsize=None)
def subfactorial(n):
    if n == 0:
        return 1
    if n == 1:
        return 0
    return (n - 1) * (subfactorial(n - 1) + subfactorial(n - 2))


@lru_cache(maxsize=None)
def euler_zigzag(n):
    # number of alternating (up-down) permutations, via the Entringer triangle
    if n < 2:
        return 1
    row = [1]
    for i in range(1, n + 1):
        new = [0]
        for j in range(i):
            new.append(new[-1] + row[i - 1 - j])
        row = new
    return row[-1]


class PermStats:
    """Accumulates statistics over a stream of permutations."""

    def __init__(self, n):
        self.n = n
        self.count = 0
        self.fixed = Counter()
        self.inversions = Counter()
        self.cycle_types = Counter()

    def add(self, p):
        self.count += 1
        n = self.n
        self.fixed[sum(1 for i in range(n) if p[i] == i)] += 1
        inv = 0
        for i in range(n):
            pi = p[i]
            for j in range(i + 1, n):
                if pi > p[j]:
                    inv += 1
        self.inversions[inv] += 1
        self.cycle_types[cycle_type(p)] += 1

    @property
    def inversion_polynomial(self):
        return [self.inversions[k] for k in range(self.n * (self.n - 1) // 2 + 1)]

    def __repr__(self):
        return f"PermStats(n={self.n}, count={self.count})"


def is_alternating(p):
    return all((p[i] < p[i + 1]) == (i % 2 == 0) for i in range(len(p) - 1))


def cycle_type(p):
    seen = [False] * len(p)
    lengths = []
    for start in range(len(p)):
        if seen[start]:
            continue
        length = 0
        j = start
        while not seen[j]:
            seen[j] = True
            j = p[j]
            length += 1
        lengths.append(length)
    return tuple(sorted(lengths, reverse=True))


def mahonian(n):
    """Coefficients of prod_{k=1..n} (1 + q + ... + q^{k-1})."""
    poly = [1]
    for k in range(1, n + 1):
        new = [0] * (len(poly) + k - 1)
        for i, c in enumerate(poly):
            for j in range(k):
                new[i + j] += c
        poly = new
    return poly


def rank_permutation(p):
    n = len(p)
    rank = 0
    items = sorted(p)
    for i, x in enumerate(p):
        k = items.index(x)
        rank += k * math.factorial(n - 1 - i)
        items.pop(k)
    return rank


def unrank_permutation(rank, items):
    items = list(items)
    out = []
    for i in range(len(items) - 1, -1, -1):
        k, rank = divmod(rank, math.factorial(i))
        out.append(items.pop(k))
    return tuple(out)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    stats = PermStats(n)
    for p in permutations(range(n)):
        stats.add(p)
    print(repr(stats), "n! =", math.factorial(n))
    print("  fixed points:", sorted(stats.fixed.items()))
    print("  derangements:", stats.fixed[0], "subfactorial:", subfactorial(n))
    print("  inversions match Mahonian numbers:", stats.inversion_polynomial == mahonian(n))
    print("  distinct cycle types:", len(stats.cycle_types),
          "partitions check:", sum(stats.cycle_types.values()) == math.factorial(n))
    top = sorted(stats.cycle_types.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    print("  most common cycle types:", top)

    m = n - 1
    alternating = sum(1 for p in permutations(range(m)) if is_alternating(p))
    print(f"alternating permutations of {m}:", alternating, "zigzag:", euler_zigzag(m))
    dcount = 0
    dsum = 0
    for d in derangements(tuple(range(m))):
        dcount += 1
        dsum += d[0] * 7 + d[-1]
    print(f"recursive derangements of {m}: {dcount} (expected {subfactorial(m)}) sum={dsum}")

    heap_seen = set()
    for p in heap_permutations(range(m)):
        heap_seen.add(rank_permutation(p))
    print(f"Heap's algorithm on {m}: {len(heap_seen)} distinct ranks, "
          f"complete={heap_seen == set(range(math.factorial(m)))}")
    sample_ranks = [0, 1, math.factorial(m) // 2, math.factorial(m) - 1]
    print("  unrank:", [unrank_permutation(r, "abcdefghijk"[:m]) for r in sample_ranks])
    print("  round trip:", all(rank_permutation(unrank_permutation(r, range(m))) == r
                               for r in range(0, math.factorial(m), 997)))

    pool = list(range(1, 2 * n + 3))
    target = 3 * n
    by_size = defaultdict(int)
    for k in range(1, 5):
        for combo in combinations(pool, k):
            if sum(combo) == target:
                by_size[k] += 1
    print(f"subsets of 1..{len(pool)} summing to {target}:", dict(sorted(by_size.items())))
    multisets = sum(1 for _ in combinations_with_replacement(range(n), 4))
    print("multisets of size 4:", multisets, "formula:", math.comb(n + 3, 4))
    dice = Counter(sum(roll) for roll in product(range(1, 7), repeat=min(n // 2, 4)))
    print("dice sums:", [dice[s] for s in sorted(dice)])
    gray = list(gray_code(min(n, 10)))
    ok = all(bin(a ^ b).count("1") == 1 for a, b in zip(gray, gray[1:]))
    print("gray code ok:", ok, "first:", list(islice(gray, 8)))
    flat = list(chain.from_iterable(permutations("abc", 2)))
    print("chained:", "".join(flat))
    print("product of subfactorials:", reduce(lambda a, b: a * b, (subfactorial(k) for k in range(2, n + 1)), 1))


if __name__ == "__main__":
    main()
