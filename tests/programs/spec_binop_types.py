# Specialization stress: the same BINARY_OP sites see int -> float -> str ->
# big int -> bool -> int subclass (with overridden dunders), and back.


def show(x):
    return "%r:%s" % (x, type(x).__name__)


def add(a, b): return a + b
def sub(a, b): return a - b
def mul(a, b): return a * b
def fdiv(a, b): return a // b
def mod(a, b): return a % b
def lsh(a, b): return a << b
def rsh(a, b): return a >> b
def band(a, b): return a & b
def bor(a, b): return a | b
def bxor(a, b): return a ^ b
def tdiv(a, b): return a / b

OPS = [("+", add), ("-", sub), ("*", mul), ("//", fdiv), ("%", mod),
       ("<<", lsh), (">>", rsh), ("&", band), ("|", bor), ("^", bxor), ("/", tdiv)]


class MyInt(int):
    def __add__(self, other):
        return "MyInt.add(%d,%r)" % (int(self), other)

    def __radd__(self, other):
        return "MyInt.radd(%r,%d)" % (other, int(self))

    def __sub__(self, other):
        return MyInt(int(self) - int(other) - 100)

    def __rshift__(self, other):
        return "rshift!"

    def __and__(self, other):
        return "and!"


class PlainSub(int):
    pass


def apply_all(a, b):
    out = []
    for name, f in OPS:
        try:
            out.append(name + "=" + show(f(a, b)))
        except Exception as e:
            out.append(name + "!" + type(e).__name__ + ":" + str(e))
    return " ".join(out)


def warm(a0, b0, n):
    # Hammer every site with a single type pair so it specializes.
    t = 0
    for i in range(n):
        for name, f in OPS:
            try:
                r = f(a0, b0)
            except Exception:
                r = 0
            if type(r) is int or type(r) is float:
                t += r
    return t


PAIRS = [
    (7, 3), (-7, 2), (7, -2), (0, 5), (7, 0),
    (7.5, 2.0), (-7.5, 2), (3, 0.5), (1.0, 0.0),
    ("ab", 3), (3, "ab"), ("x%dy", 5), ("a", "b"),
    (2**47 - 1, 1), (-2**47, 1), (2**47, 47), (2**62, 2), (2**63 - 1, 1),
    (-2**63, -1), (-2**63, 1), (2**64 + 5, 33), (-(2**70), 3), (1, 63), (1, 64),
    (-1, 100), (2**62, 1), (5, -1),
    (True, True), (True, False), (False, 3), (True, 1.5),
    (MyInt(5), 3), (3, MyInt(5)), (MyInt(5), MyInt(2)), (PlainSub(6), 4), (4, PlainSub(6)),
    ([1, 2], [3]), ([1], 2), ((1,), (2, 3)), (None, 1),
]

print("warm int", warm(7, 3, 300))
for idx, (a, b) in enumerate(PAIRS):
    print(idx, show(a), show(b), apply_all(a, b))
    # re-warm with ints so the next pair hits specialized int code
    if idx % 4 == 0:
        warm(11, 2, 60)
    elif idx % 4 == 1:
        warm(1.5, 0.25, 60)

# One inline site cycling through types every iteration (constant misses).
vals = [1, 2.5, "s", 2**50, 2**64, True, MyInt(3), -3, 0.0, PlainSub(9)]
res = []
for i in range(3000):
    a = vals[i % len(vals)]
    b = vals[(i * 7 + 1) % len(vals)]
    try:
        r = a + b
    except TypeError as e:
        r = "TE"
    if i % 97 == 0:
        res.append(show(r))
print(res)

# Accumulator crossing 2**47, 2**62, 2**63, 2**64 and back down.
acc = 0
step = 2**40 + 12345
for i in range(4000):
    acc = acc + step
    if i % 500 == 0:
        print("acc", i, acc, acc * 3, acc << 17, acc // 7, acc % 1000003)
for i in range(4000):
    acc = acc - step * 3
    if i % 500 == 0:
        print("acc-", i, acc, acc * -5, acc >> 3, acc // -7, acc % 999983, acc & 0xFFFF)

# In-place string/list add must not alias.
s = ""
keep = []
for i in range(2000):
    t = s
    s += "x"
    if i % 400 == 0:
        keep.append(t)
print([len(k) for k in keep], len(s))
lst = []
alias = lst
for i in range(100):
    lst += [i]
print(len(alias), alias is lst)
lst = lst + [1]
print(len(alias), alias is lst)
