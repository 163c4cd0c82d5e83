# isinstance(), dict.get() and stores of new dict keys in traces: classes, subclasses, tuples
# of types, an invalid spec that raises, keys missing, and keys equal under another kind.
class A: pass
class B(A): pass
def f(xs):
    n = [0, 0, 0, 0, 0]
    for x in xs:
        if isinstance(x, int):
            n[0] += 1
        if isinstance(x, (float, str)):
            n[1] += 1
        if isinstance(x, A):
            n[2] += 1
        if isinstance(x, B):
            n[3] += 1
        if isinstance(x, (list, (tuple, bool))):
            n[4] += 1
    return n
vals = [1, 2.5, "s", True, A(), B(), [1], (2,), None, 10**30]
print(f(vals * 100))
def g(xs, spec):
    n = 0
    for x in xs:
        if isinstance(x, spec):
            n += 1
    return n
print(g(vals * 50, int))
try:
    print(g(vals * 50, (int, 3)))
except TypeError as e:
    print("TypeError", e)
try:
    print(g([1.5] * 200 + [2], (int, 3)))
except TypeError as e:
    print("TypeError", e)

def count(words):
    d = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return d
ws = "the quick brown fox jumps over the lazy dog the end".split() * 100
print(sorted(count(ws).items()))
def g(d, keys):
    t = 0
    miss = 0
    for k in keys:
        v = d.get(k)
        if v is None:
            miss += 1
        else:
            t += v
    return t, miss
d = {i: i * 2 for i in range(50)}
print(g(d, list(range(100)) * 5))
d[1.5] = 7
d[True] = 100
print(g(d, list(range(100)) * 5))
d2 = {1.0: 5, "a": 1}
print(g(d2, [1, 2, "a", "b"] * 100))

# New keys stored into dicts in traces (word counts, int keys, keys equal under another kind,
# a global dict).
def count(words):
    d = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return d
ws = ("the quick brown fox jumps over the lazy dog the end " * 3).split() + ["w%d" % i for i in range(500)]
c = count(ws * 3)
print(len(c), c["the"], list(c.items())[:5], list(c)[-3:])
def squares(n):
    d = {}
    for i in range(n):
        d[i * i % 1000] = i
        if i % 100 == 0:
            d["k" + str(i)] = i
    return d
s = squares(3000)
print(len(s), sum(s.values()), list(s.items())[-4:])
def tricky(n):
    d = {1.0: "float", True: "bool?"}
    for i in range(n):
        d[i % 5] = i
    return d
print(tricky(500))
G = {}
def glob(n):
    t = 0
    for i in range(n):
        G[i % 7] = i
        t += len(G)
    return t
print(glob(600), G)
