# Specialization stress: one CALL site whose callee keeps changing kind:
# Python function -> function with other arity/defaults -> bound method ->
# builtin -> class -> lambda -> callable instance -> generator function.


def f1(x):
    return ("f1", x)


def f2(x, y=10):
    return ("f2", x, y)


def f3(x, y):
    return ("f3", x, y)


def f0():
    return "f0"


def fkw(x, *, k="kdef"):
    return ("fkw", x, k)


def fstar(*args):
    return ("fstar", args)


def gen(x):
    yield x
    yield x + 1


class Acc:
    def __init__(self, base):
        self.base = base

    def add(self, x):
        return ("Acc.add", self.base + x)

    def __call__(self, x):
        return ("Acc.call", self.base * x)

    def __repr__(self):
        return "Acc(%r)" % (self.base,)


class Made:
    def __init__(self, x):
        self.x = x

    def __repr__(self):
        return "Made(%r)" % (self.x,)


def site(fn, x):
    try:
        r = fn(x)
    except TypeError as e:
        return "TypeError:" + str(e)
    if type(r).__name__ == "generator":
        return ("gen", list(r))
    return r


callees = [
    f1, f2, f3, f0, fkw, fstar, Acc(3).add, Acc(4), abs, str, len, Made,
    lambda x: ("lambda", x), gen, Acc, int.bit_length, "abc".count, [].append,
]

log = []
for i in range(3000):
    log_it = (i % 300 == 0)
    r = site(f1, i)                       # warm: always f1
    if log_it:
        log.append(r)
print(log)

for j, c in enumerate(callees):
    for i in range(60):                  # > 52 so the site re-specializes
        r = site(c, i if c is not len else [0] * i)
    print(j, site(c, 7 if c is not len else "seven"), r)
    for i in range(60):
        site(f1, i)
    print(j, "back", site(f1, -1))

# Mutable default shared across many specialized calls.
def fdef(x, acc=[]):
    acc.append(x)
    return len(acc)


for i in range(2000):
    r = fdef(i)
print("defaults", r, fdef(0, []), fdef(1), site(fdef, 2))


# Bound method stored once; the class method changes underneath.
acc = Acc(100)
bm = acc.add
for i in range(2000):
    r = bm(i)
Acc.add = lambda self, x: ("replaced", x)
print("bound", r, bm(1), acc.add(1))

# __call__ replaced on the class of a callable instance.
inst = Acc(2)
res = [inst(i) for i in range(1000)][-1]
Acc.__call__ = lambda self, x: ("new-call", x)
print("call", res, inst(5), [inst(i) for i in range(100)][-1])
del Acc.__call__
print("call-deleted", site(inst, 1))

# __init__ replaced on a class used as callee.
objs = [Made(i) for i in range(1000)]
Made.__init__ = lambda self, x, y=0: setattr(self, "x", (x, y))
print("init", objs[-1], Made(5), [Made(i) for i in range(100)][-1], site(Made, 3))
