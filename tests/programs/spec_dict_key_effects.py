# Specialization stress: dict subscripts with keys whose __hash__/__eq__ run
# Python code with visible side effects. A specialized BINARY_SUBSCR_DICT /
# STORE_SUBSCR_DICT must call them exactly as often as the generic path
# (once per lookup), also when the key turns out to be missing.

log = []


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        log.append("h%r" % (self.v,))
        return hash(self.v)

    def __eq__(self, other):
        log.append("e%r" % (self.v,))
        return isinstance(other, Key) and other.v == self.v

    def __repr__(self):
        return "Key(%r)" % (self.v,)


class Shifty:
    # Each __hash__ call returns the next hash from a script.
    def __init__(self, hashes):
        self.hashes = list(hashes)

    def __hash__(self):
        h = self.hashes.pop(0) if self.hashes else -7
        log.append("shifty-hash%d" % h)
        return h

    def __eq__(self, other):
        log.append("shifty-eq")
        return True

    def __repr__(self):
        return "Shifty"


def get(d, k):
    try:
        return d[k]
    except KeyError as e:
        return "KeyError(%r)" % (e.args[0],)


def put(d, k, v):
    d[k] = v


def warm(d, n):
    t = 0
    for i in range(n):
        t += get(d, i % 10)
        put(d, i % 10, i % 10)
    return t


d = {i: i for i in range(10)}
print("warm", warm(d, 3000))
d[Key(1)] = "k1"
d[Key("s")] = "ks"

for k in (Key(1), Key(2), Key("s"), Key("t"), Key(100), Key(1.0)):
    log.clear()
    r = get(d, k)
    print("get", k, r, log)
    warm(d, 100)

for k in (Key(3), Key(50), Key(1)):
    log.clear()
    put(d, k, "stored")
    print("put", k, log, get(d, k) if False else "")
    warm(d, 100)

# A hash that changes between calls: the first lookup decides.
for script in ([12345, 3], [3, 12345], [99, 99]):
    log.clear()
    s = Shifty(script)
    r = get(d, s)
    print("shifty", script, r, log)
    warm(d, 100)

# Counting over many lookups in a hot loop (present and missing keys).
keys = [Key(i) for i in range(20)]
table = {keys[i]: i for i in range(0, 20, 2)}
log.clear()
found = 0
missing = 0
for rnd in range(50):
    for k in keys:
        r = get(table, k)
        if isinstance(r, int):
            found += 1
        else:
            missing += 1
hashes = sum(1 for x in log if x.startswith("h"))
eqs = sum(1 for x in log if x.startswith("e"))
print("loop", found, missing, hashes, eqs)

# Same keys through `in` and dict.get (not subscripts) for comparison.
log.clear()
print("in", Key(2) in d, Key(1) in d, d.get(Key(7), "dflt"), log)
