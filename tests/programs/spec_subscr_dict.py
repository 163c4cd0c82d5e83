# Specialization stress: BINARY_SUBSCR_DICT / STORE_SUBSCR_DICT with missing
# keys, dict subclasses (__missing__, __getitem__, __setitem__), keys that
# compare equal across types, and keys with user __hash__/__eq__.
from collections import defaultdict


class Missing(dict):
    def __missing__(self, key):
        return ("missing", key)


class Upper(dict):
    def __getitem__(self, key):
        return dict.__getitem__(self, key.upper() if isinstance(key, str) else key)

    def __setitem__(self, key, value):
        dict.__setitem__(self, key.upper() if isinstance(key, str) else key, value)


class Key:
    def __init__(self, k):
        self.k = k

    def __hash__(self):
        return hash(self.k)

    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k or other == self.k

    def __repr__(self):
        return "Key(%r)" % (self.k,)


class BadHash:
    def __hash__(self):
        raise ValueError("no hash for you")


def look(d, k):
    try:
        return d[k]
    except KeyError as e:
        return "KeyError:" + repr(e.args[0])
    except Exception as e:
        return type(e).__name__ + ":" + str(e)


def store(d, k, v):
    try:
        d[k] = v
        return "ok"
    except Exception as e:
        return type(e).__name__ + ":" + str(e)


d = {i: i * i for i in range(50)}
tot = 0
for i in range(3000):
    tot += look(d, i % 50)
    store(d, i % 50, i)
print("warm", tot, d[49])

keys = [0, 1, 1.0, True, 2**64, -1, 2.5, "a", "A", (1, 2), Key(1), Key(2.5), "missing", None, [1], BadHash()]
dicts = [
    {0: "zero", 1: "one", "a": "low-a", (1, 2): "tup", 2**64: "big", 2.5: "two-half"},
    Missing({1: "m-one"}),
    Upper({"A": "upper-A", 1: "u-one"}),
    defaultdict(lambda: "dflt", {"a": "dd-a"}),
    {Key(1): "key-one", Key(2.5): "key-a"},
]
for di, dd in enumerate(dicts):
    print(di, type(dd).__name__, [look(dd, k) for k in keys])
    print(di, "len", len(dd))
    for i in range(100):
        look(d, i % 50)

targets = [{}, Missing(), Upper(), defaultdict(int), {Key(2): 0}]
for ti, t in enumerate(targets):
    res = [store(t, k, 7) for k in ("x", "X", 1, 1.0, True, Key(2), 2, [0], BadHash())]
    print("store", ti, type(t).__name__, res, sorted(map(repr, t.items())))
    for i in range(100):
        store(d, i % 50, -i)

# A dict that grows past several resizes while one site keeps reading it.
g = {}
out = []
for i in range(3000):
    g[i * 7] = i
    if i % 2 == 0:
        del g[(i // 2) * 7]
    r = look(g, (i - 3) * 7)
    if i % 250 == 0:
        out.append(r)
print("grow", out, len(g))

# One site alternating dict kinds every iteration, plus missing keys.
kinds = [d, Missing(d), Upper(d), defaultdict(lambda: -1, d)]
acc = []
for i in range(2400):
    dd = kinds[i % 4]
    k = i % 60            # keys 50..59 are missing
    r = look(dd, k)
    if i % 97 == 0:
        acc.append(r)
print("mix", acc)

# Counting with d[k] = d.get(k, 0) + 1 and d[k] += 1 for changing key types.
cnt = {}
for i in range(2000):
    k = (i % 3, "s%d" % (i % 4), i % 5 == 0, float(i % 2))[i % 4]
    cnt[k] = cnt.get(k, 0) + 1
    cnt[k] += 1
print("cnt", sorted((repr(k), v) for k, v in cnt.items()))
