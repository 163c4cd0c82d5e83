# Specialization stress: one FOR_ITER site whose iterable changes type
# (range, list, tuple, generator, str, dict, user iterator, ...), lists
# mutated during iteration, and big/negative-step ranges near 2**63.


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


class Seq:
    # Old-style sequence iteration through __getitem__.
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 11


def gen(n):
    for i in range(n):
        yield i * i
    return "done"


def consume(it, limit=12):
    out = []
    for x in it:
        out.append(x)
        if len(out) >= limit:
            break
    return out


def total(it):
    t = 0
    for x in it:
        t += x
    return t


print("warm", total(range(3000)), total(list(range(3000))))
iterables = [
    range(5), [1, 2, 3], (4, 5), gen(4), "abc", {"k1": 1, "k2": 2}, Countdown(3), Seq(),
    {1: 0}.items(), {7}, enumerate("xy"), zip([1, 2], "ab"), reversed([1, 2, 3]), iter([9, 8]),
    b"hi", bytearray(b"yo"), range(0), [], (), "", map(abs, [-1, -2]), filter(None, [0, 1, 2]),
]
for idx, it in enumerate(iterables):
    print(idx, type(it).__name__, consume(it))
    total(range(100))
    total([1] * 100)

# Big ranges and negative steps (only first few elements + len).
ranges = [
    range(2**63 - 5, 2**63 + 5), range(-2**63 - 3, -2**63 + 3), range(2**63 - 1, 2**63 - 10, -3),
    range(2**47 - 2, 2**47 + 2), range(-2**47 + 2, -2**47 - 2, -1), range(0, 2**64, 2**62),
    range(10, 0, -3), range(-1, -10, -4), range(5, 5), range(5, 1), range(1, 5, -1), range(0, -2**70, -2**68),
]
for r in ranges:
    print("range", r, len(r), consume(r, 6), total(r) if len(r) < 20 else "-")
    total(range(200))

# Ranges too long for len() still iterate.
for r in (range(2**64), range(2**63 - 2, 2**80), range(2**80, 0, -2**70), range(-2**63, 2**63)):
    try:
        n = len(r)
    except OverflowError as e:
        n = "OverflowError:" + str(e)
    print("huge", consume(r, 4), n, r[-1], r[3])

# Lists mutated during iteration.
lst = list(range(10))
seen = []
for x in lst:
    seen.append(x)
    if x % 3 == 0 and len(lst) < 20:
        lst.append(x + 100)
print("append", seen, lst)
lst = list(range(10))
seen = []
for x in lst:
    seen.append(x)
    if x == 4:
        lst.remove(x)
    if x == 6:
        del lst[:2]
print("remove", seen, lst)
lst = list(range(10))
seen = []
for x in lst:
    seen.append(x)
    if x == 3:
        lst.clear()
print("clear", seen, lst)
it = iter([1, 2])
a = consume(it)
lst2 = [1]
it2 = iter(lst2)
b = consume(it2)
lst2.append(5)
print("exhausted", a, b, consume(it2), consume(iter(lst2)))

# Generator that raises part-way; exhausted generator reused.
def bad_gen():
    yield 1
    yield 2
    raise ValueError("gen broke")


try:
    print(consume(bad_gen()))
except ValueError as e:
    print("caught", e)
g = gen(3)
print("gen", consume(g), consume(g), total(gen(100)))

# Same inner loop; outer loop rotates the kind of iterable every time.
kinds = [lambda: range(20), lambda: list(range(20)), lambda: tuple(range(20)), lambda: gen(20),
         lambda: Countdown(20), lambda: {i: 0 for i in range(20)}]
grand = 0
for k in range(600):
    grand += total(kinds[k % 6]())
    if k % 100 == 0:
        print("rot", k, grand)
print("grand", grand)
