# Specialization stress: builtin call fast paths (len, isinstance, type(x),
# list.append, builtin classes, method descriptors, builtin functions) whose
# arguments/receivers change type after the site specialized.
from collections import deque


class Sized:
    def __len__(self):
        return 42


class LenList(list):
    def __len__(self):
        return -1 + list.__len__(self) + 1000


class AppendList(list):
    def append(self, v):
        list.append(self, ("wrapped", v))


class Appender:
    def __init__(self):
        self.items = []

    def append(self, v):
        self.items.append(v * 2)

    def __repr__(self):
        return "Appender(%r)" % (self.items,)


class A:
    pass


class B(A):
    pass


class Num:
    def __int__(self):
        return 77

    def __index__(self):
        return 78

    def __float__(self):
        return 7.5

    def __str__(self):
        return "Num!"

    def __abs__(self):
        return "abs-num"


class Shout(str):
    def upper(self):
        return "SHOUT:" + str.upper(self)


class Loud:
    def upper(self):
        return "loud-object"


def L(x): return len(x)
def I(x, t): return isinstance(x, t)
def T(x): return type(x).__name__
def app(l, v): l.append(v); return l
def conv(x): return (int(x), float(x), str(x), bool(x))
def up(s): return s.upper()
def join(sep, parts): return sep.join(parts)
def ab(x): return abs(x)


for i in range(2000):
    L([1, 2]); I(i, int); T(i); app([], i); conv(i); up("ab"); join(",", ["a", "b"]); ab(-i)
print("warm done")

print("len", [L(x) for x in ([1], "abcd", {1: 2}, Sized(), LenList([1, 2]), range(7), b"xy", deque([1]))])
Sized.__len__ = lambda self: 7
print("len2", L(Sized()), [L(Sized()) for i in range(100)][-1], L([0] * 3))

objs = [1, True, 1.0, "s", "magic", B(), A(), None, [1]]
types = [int, bool, (int, str), (bool, (float, B)), A, B, object, (list, type(None)), str]
for t in types:
    print("isinst", t if isinstance(t, tuple) else t.__name__, [I(o, t) for o in objs])
    for i in range(60):
        I(i, int)
b = B()
r1 = [I(b, B) for i in range(500)][-1]
b.__class__ = A
print("isinst-class", r1, I(b, B), I(b, A), T(b))
print("type", [T(o) for o in objs], T(A), T(int), T(T), T(len), T(type))

targets = [[], AppendList(), deque(), Appender(), [], bytearray()]
for t in targets:
    for i in range(5):
        app(t, i)
    print("append", type(t).__name__, t)
    for i in range(60):
        app([], i)
try:
    app((), 1)
except AttributeError as e:
    print("AE", e)
saved = [].append
for i in range(500):
    saved(i)
print("saved-append", saved.__self__[-3:], len(saved.__self__))

for x in (5, 2.9, -2.9, "12", True, Num(), 2**70, "  -7 "):
    try:
        print("conv", repr(x) if not isinstance(x, Num) else "Num", conv(x))
    except (ValueError, TypeError) as e:
        print("conv", type(e).__name__, e)
    for i in range(60):
        conv(i)

for s in ("ab", Shout("ab"), Loud(), "ß", Shout("")):
    print("upper", up(s))
    for i in range(60):
        up("x")
for sep, parts in ((",", ["a", "b"]), ("-", ("c", "d")), ("", "xyz"), (Shout("+"), ["p", "q"]), (b"/", [b"r", b"s"])):
    print("join", join(sep, parts))
try:
    join(",", [1, 2])
except TypeError as e:
    print("join TE", e)
print("abs", [ab(x) for x in (-3, -2.5, True, -2**70, Num())])
try:
    ab("s")
except TypeError as e:
    print("abs TE", e)
