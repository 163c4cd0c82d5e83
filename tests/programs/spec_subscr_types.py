# Specialization stress: BINARY_SUBSCR / STORE_SUBSCR sites seeing list ->
# tuple -> dict -> str -> list subclass with __getitem__, odd index types,
# negative and out-of-range indexes (errors caught and printed).


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v

    def __repr__(self):
        return "Idx(%d)" % self.v


class LoudList(list):
    def __getitem__(self, i):
        return ("loud", list.__getitem__(self, i))

    def __setitem__(self, i, v):
        list.__setitem__(self, i, ("set", v))


class PlainList(list):
    pass


def get(c, i):
    try:
        return c[i]
    except (IndexError, KeyError, TypeError) as e:
        if isinstance(c, str) and isinstance(e, TypeError):
            return "TypeError(str)"   # message wording differs across versions
        return type(e).__name__ + ":" + str(e)


def put(c, i, v):
    try:
        c[i] = v
        return "ok"
    except (IndexError, KeyError, TypeError) as e:
        return type(e).__name__ + ":" + str(e)


lst = list(range(10))
tot = 0
for i in range(3000):             # warm both sites with list[int]
    tot += get(lst, i % 10)
    put(lst, i % 10, i)
print("warm", tot, lst)

containers = [
    list(range(5)), tuple(range(5)), {0: "d0", 1: "d1", -1: "dneg", 2**64: "dbig"},
    "hello", LoudList([10, 20, 30]), PlainList([7, 8, 9]), b"bytes", bytearray(b"ba"),
    range(100, 110), {(1, 2): "tuplekey"},
]
indexes = [0, 1, -1, -5, -6, 4, 5, 100, True, False, 2**64, -2**64, Idx(2),
           1.0, "0", slice(1, 3), (1, 2), None]

for ci, c in enumerate(containers):
    row = []
    for ix in indexes:
        row.append(get(c, ix))
    print(ci, type(c).__name__, row)
    for i in range(200):          # re-warm with list/int between containers
        get(lst, i % 10)

# Stores into several container kinds at the same site.
targets = [[0] * 4, {}, LoudList([0, 0, 0]), PlainList([1, 2]), bytearray(3), (1, 2), "str", range(3)]
for ti, t in enumerate(targets):
    row = [put(t, ix, 77) if ix is not None else "" for ix in (0, -1, 3, 10, True, Idx(1), 2**64 if ti < 5 else 9, 1.5, "k", None)]
    print("put", ti, type(t).__name__, row, t if not isinstance(t, range) else list(t))
    for i in range(200):
        put(lst, i % 10, i)

# One inline site alternating container types every iteration.
seqs = [[1, 2, 3], (4, 5, 6), "789", {0: "a", 1: "b", 2: "c"}, LoudList([0, 1, 2]), range(3)]
out = []
for i in range(3000):
    s = seqs[i % 6]
    v = s[i % 3]
    if i % 173 == 0:
        out.append(v)
print(out)

# List that grows/shrinks while a specialized index site reads it.
grow = []
res = []
for i in range(2000):
    grow.append(i)
    if i % 3 == 0:
        grow.pop(0)
    res.append(get(grow, len(grow) // 2))
    if i % 7 == 0:
        res.append(get(grow, -len(grow) - 1))
print(res[:12], res[-6:], len(grow))
