# Interpreter differences the JIT fuzzer found (issue 18), each against CPython 3.11.
import sys


class Loud:
    def __str__(self):
        raise ValueError("no str")


# print writes each piece as it goes: what came before the failing argument is written.
try:
    print('a', 1, Loud(), 'never')
except ValueError as e:
    print("|", e)
try:
    print(Loud())
except ValueError as e:
    print("nothing before:", e)

# A shift whose result cannot be allocated is a MemoryError.
for count in (2**40, 2**47, 2**63, 2**70):
    try:
        1 << count
    except (MemoryError, OverflowError) as e:
        print(count, type(e).__name__)
print(0 << 2**70, 5 >> 2**70, -5 >> 2**70, (1 << 100) >> 2**70)

# An infinite negative exponent is not an error.
inf = float('inf')
print(0.0 ** -inf, 0 ** -inf, pow(-0.0, -inf), 0.0 ** inf, (-0.0) ** -inf)
for x, y in ((0.0, -1.0), (0, -2.5), (-0.0, -3.0)):
    try:
        print(x ** y)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)


def kernel(n):
    # The same in a traced loop.
    s = 0.0
    for i in range(n):
        y = -inf if i % 3 == 0 else float(i % 4 + 1)
        s += 0.0 ** y
    return s


print(kernel(3000))


# Assigning __defaults__ and __kwdefaults__ changes later calls.
def f(a, b=1, *, c=2):
    return a, b, c


print(f.__defaults__, f.__kwdefaults__)
f.__defaults__ = (5,)
f.__kwdefaults__ = {'c': 7}
print(f(0), f(0, 2), f(0, c=1), f.__defaults__, f.__kwdefaults__)
del f.__defaults__
try:
    f(0)
except TypeError as e:
    print(e)
f.__defaults__ = ()
print(f.__defaults__)
for bad in (1, [1]):
    for name in ('__defaults__', '__kwdefaults__'):
        try:
            setattr(f, name, bad)
        except TypeError as e:
            print(e)
f.__kwdefaults__ = None
print(f.__kwdefaults__)


def g(x, y=10):
    return x + y


def calls(n):
    # A traced loop inlines g with its default; rebinding the defaults mid-loop must
    # take effect at once.
    s = 0
    for i in range(n):
        s += g(i)
        if i == 1500:
            g.__defaults__ = (100,)
    return s


print(calls(3000))

# The main script's __file__ is absolute; sys.argv[0] is as given.
print(__file__.startswith('/'), __file__.endswith('misc_fuzz_interp_diffs.py'),
      sys.argv[0].startswith('/'))

# A walrus in a comprehension at module level binds a global.
print([y for x in range(3) if (y := x * 2)], y)
print([(z := x) for x in 'ab'], z)


def in_function():
    out = [w for x in range(4) if (w := x * 3) > 3]
    return out, w


print(in_function())
