def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            yield [items[i]] + p


def combinations(items, k):
    if k == 0:
        yield []
        return
    for i in range(len(items)):
        for rest in combinations(items[i + 1:], k - 1):
            yield [items[i]] + rest


def subsets(items):
    if not items:
        yield []
        return
    for s in subsets(items[1:]):
        yield s
        yield [items[0]] + s


def partitions(n, max_part=None):
    if max_part is None:
        max_part = n
    if n == 0:
        yield []
        return
    for k in range(min(n, max_part), 0, -1):
        for rest in partitions(n - k, k):
            yield [k] + rest


print(list(permutations([1, 2, 3])))
print(["".join(p) for p in permutations("abcd")][:8], len(list(permutations("abcd"))))
print(list(combinations([1, 2, 3, 4], 2)))
print(len(list(combinations(list(range(8)), 3))))
print(sorted(subsets([1, 2, 3]), key=lambda s: (len(s), s)))
print(list(partitions(5)))
print(sum(1 for _ in partitions(12)))


def hanoi(n, src="A", dst="C", via="B"):
    if n == 0:
        return
    yield from hanoi(n - 1, src, via, dst)
    yield (n, src, dst)
    yield from hanoi(n - 1, via, dst, src)


moves = list(hanoi(3))
print(len(moves), moves[:4])
print(len(list(hanoi(10))))


def queens(n, row=0, cols=()):
    if row == n:
        yield cols
        return
    for c in range(n):
        if all(c != pc and abs(c - pc) != row - pr for pr, pc in enumerate(cols)):
            yield from queens(n, row + 1, cols + (c,))


print(next(queens(6)), sum(1 for _ in queens(6)))
gen = permutations([1, 2])
print(next(gen), next(gen), next(gen, "exhausted"))
