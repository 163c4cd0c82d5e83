# Specialization stress: UNPACK_SEQUENCE sites (two-tuple / tuple / list
# fast paths) fed right and wrong lengths, other sequence types, user
# iterables, and non-iterables; errors caught and printed.


class Pair:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __iter__(self):
        yield self.a
        yield self.b


class Endless:
    def __iter__(self):
        return self

    def __next__(self):
        return "again"


class TupSub(tuple):
    def __iter__(self):
        return iter(("sub-iter", "order"))


class ListSub(list):
    pass


def two(v):
    try:
        a, b = v
        return (a, b)
    except (ValueError, TypeError) as e:
        return type(e).__name__ + ":" + str(e)


def three(v):
    try:
        a, b, c = v
        return (a, b, c)
    except (ValueError, TypeError) as e:
        return type(e).__name__ + ":" + str(e)


def star(v):
    try:
        a, *b, c = v
        return (a, b, c)
    except (ValueError, TypeError) as e:
        return type(e).__name__ + ":" + str(e)


tot = 0
for i in range(3000):
    a, b = two((i, i + 1))
    x, y, z = three([i, 2, 3])
    tot += a + b + x + y + z
print("warm", tot)

inputs = [
    (1, 2), (1, 2, 3), (1,), (), [1, 2], [1, 2, 3], [1], "ab", "abc", "a", {"k": 1, "j": 2},
    {"k": 1, "j": 2, "l": 3}, Pair(5, 6), Endless(), iter([7, 8]), (x for x in "pq"), range(2), range(3),
    TupSub((1, 2)), ListSub([3, 4]), ListSub([3, 4, 5]), b"xy", 5, None, 2**70, {9}, [[1, 2], [3, 4]],
]
for i, v in enumerate(inputs):
    if isinstance(v, (Endless,)):
        print(i, "Endless", two(v), three(v))
        continue
    shown = type(v).__name__
    items = v if type(v).__name__ not in ("list_iterator", "generator") else None
    r2 = two(v)
    r3 = three(v) if items is not None else "-"
    rs = star(v) if items is not None else "-"
    print(i, shown, r2, r3, rs)
    for k in range(60):
        two((k, k))
        three([k, k, k])

# A loop unpacking pairs whose container type changes mid-run.
pairs = [(i, -i) for i in range(500)] + [[i, i * 2] for i in range(500)] + \
        [Pair(i, i) for i in range(500)] + ["ab"] * 500 + [(i, "s") for i in range(500)]
acc = []
for i, p in enumerate(pairs):
    a, b = p
    if i % 250 == 0:
        acc.append((a, b))
print(acc)

# Nested unpacking and for-target unpacking with changing element types.
rows = [((1, 2), [3, 4]), ([5, 6], (7, 8)), ("ab", "cd"), (Pair(1, 2), range(3, 5))]
for (p, q), (r, s) in rows * 2:
    print("nested", p, q, r, s)
for k, v in list({"a": 1, "b": 2}.items()) + [("c", 3), ["d", 4], "e5"]:
    print("kv", k, v)
try:
    for k, v in [(1, 2), (3, 4, 5)]:
        print("ok", k, v)
except ValueError as e:
    print("ValueError", e)
lst = [1, 2]
lst[0], lst[1] = lst[1], lst[0]
a, (b, c), *d = 1, (2, 3), 4, 5
print("swap", lst, a, b, c, d)
