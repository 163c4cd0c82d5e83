# Specialization stress: exceptions raised from inside specialized paths
# (after long warm-up), caught and printed, and the interpreter state (locals,
# stack, loop counters) must be intact afterwards.


def report(f, *args):
    try:
        return ("ok", f(*args))
    except Exception as e:
        return (type(e).__name__, str(e))


def floordiv(a, b): return a // b
def modulo(a, b): return a % b
def truediv(a, b): return a / b
def plus(a, b): return a + b
def lshift(a, b): return a << b
def index(s, i): return s[i]
def attr(o): return o.value
def call0(f): return f()
def length(x): return len(x)
def isinst(x, t): return isinstance(x, t)
def appendto(l, v): return l.append(v)
def less(a, b): return a < b


class Obj:
    def __init__(self):
        self.value = 1


class BadLen:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class BadEq:
    def __lt__(self, other):
        raise RuntimeError("lt exploded")


class BadProp:
    @property
    def value(self):
        raise KeyError("from property")


class BadGetattr:
    def __getattr__(self, name):
        raise LookupError("no " + name)


WARM = [
    (floordiv, (7, 2)), (floordiv, (7.0, 2.0)), (modulo, (7, 3)), (modulo, (7.5, 2.0)),
    (truediv, (1, 4)), (plus, (1, 2)), (plus, ("a", "b")), (lshift, (1, 3)),
    (index, ([1, 2, 3], 1)), (index, ((1, 2), 0)), (index, ({"k": 1}, "k")), (attr, (Obj(),)),
    (call0, (lambda: 5,)), (length, ([1],)), (isinst, (1, int)), (appendto, ([], 1)), (less, (1, 2)),
]
BAD = [
    (floordiv, (7, 0)), (floordiv, (7.0, 0.0)), (floordiv, (2**64, 0)), (modulo, (7, 0)),
    (modulo, (7.5, 0.0)), (modulo, (-2**70, 0)), (truediv, (1, 0)), (truediv, (1.5, 0)),
    (plus, (1, None)), (plus, ("a", 1)), (plus, (1, "a")), (plus, ([1], (2,))),
    (lshift, (1, -1)), (lshift, (1.0, 2)), (index, ([1, 2, 3], 3)), (index, ([1, 2, 3], -4)),
    (index, ((1, 2), 2)), (index, ({"k": 1}, "j")), (index, ("abc", 10)), (index, (5, 0)),
    (attr, (object(),)), (attr, (BadProp(),)), (attr, (BadGetattr(),)), (call0, (None,)),
    (call0, (lambda x: x,)), (call0, (lambda: 1 // 0,)), (length, (5,)), (length, (BadLen(-1),)),
    (length, (BadLen("s"),)), (length, (BadLen(2**70),)), (isinst, (1, 5)), (appendto, ((), 1)),
    (less, (1, "a")), (less, (BadEq(), 1)), (less, (None, None)),
]

for f, args in WARM:
    for i in range(300):
        f(*args)
for rnd in range(2):
    for f, args in BAD:
        print(rnd, f.__name__, report(f, *args))
    for f, args in WARM:       # still correct after the errors?
        r = report(f, *args)
        if r[0] != "ok":
            print("BROKEN", f.__name__, r)
    for f, args in WARM:
        for i in range(100):
            f(*args)
print("warm again", [report(f, *a)[1] for f, a in WARM[:12]])


# Exceptions in the middle of an expression inside a hot loop.
def mid(n):
    done = []
    for i in range(n):
        try:
            row = [i, i * 2, 100 // (i % 7), "x" + str(i)]
            done.append(row[2])
        except ZeroDivisionError as e:
            done.append("Z")
    return done


r = mid(3000)
print("mid", len(r), r[:15], r.count("Z"))


# try/finally and re-raise through specialized calls.
def inner(x):
    try:
        return 10 // x
    finally:
        log.append("finally%d" % x)


def outer(x):
    try:
        return inner(x) + 1
    except ZeroDivisionError:
        log.append("caught")
        raise


log = []
vals = []
for i in range(2000):
    try:
        vals.append(outer(i % 5))
    except ZeroDivisionError as e:
        vals.append(str(e))
print("outer", vals[:10], len(log), log[:6])

# Exception objects keep their args; chained causes.
try:
    try:
        [][0]
    except IndexError as e:
        raise ValueError("wrapped") from e
except ValueError as e:
    print("chain", repr(e), repr(e.__cause__), e.__context__ is e.__cause__)
