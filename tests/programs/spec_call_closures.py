# Specialization stress: call sites that see many closures sharing one code
# object (different cells / defaults), nonlocal cells mutated between calls,
# and recursion whose global name is rebound mid-run.


def make_adder(n):
    def add(x):
        return x + n
    return add


def make_def(n):
    def g(x, d=n):
        return x * 1000 + d
    return g


def make_counter():
    count = 0

    def inc(step):
        nonlocal count
        count += step
        return count
    return inc


adders = [make_adder(i) for i in range(10)]
defs = [make_def(i) for i in range(10)]

tot = 0
for i in range(3000):
    f = adders[i % 10]          # same code, different closure cell every call
    tot += f(i)
print("adders", tot, [a(100) for a in adders])

tot = 0
for i in range(3000):
    g = defs[(i * 3) % 10]
    tot += g(1) + g(2, 5)     # default differs per function object
print("defs", tot, [d(0) for d in defs], [d(1, -1) for d in defs])

# Warm one adder for a long time, then switch.
a3 = adders[3]
for i in range(3000):
    r = a3(i)
print("a3", r, adders[7](0), a3(0))

# Late binding vs default capture in a loop.
late = []
early = []
for i in range(5):
    late.append(lambda: i)
    early.append(lambda i=i: i)
print("late", [f() for f in late], "early", [f() for f in early])
i = "rebound"
print("late2", [f() for f in late])

# Counters: each has its own cell; interleaved calls.
counters = [make_counter() for _ in range(4)]
for i in range(2000):
    counters[i % 4](i % 7)
print("counters", [c(0) for c in counters])


# Recursion, and rebinding the recursive global mid-way.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print("fib", [fib(k) for k in range(18)])
orig_fib = fib
memo = {}


def memo_fib(n):
    if n in memo:
        return memo[n]
    r = orig_fib(n)
    memo[n] = r
    return r


fib = memo_fib       # orig_fib's body now recurses through memo_fib
print("fib2", orig_fib(40), len(memo), fib(30))
fib = lambda n: -1   # recursion stops one level down
print("fib3", orig_fib(10), orig_fib(1))
fib = orig_fib


def walk(tree, depth):
    # Recursion over heterogeneous nodes: list, tuple, dict, int, str.
    if isinstance(tree, (list, tuple)):
        return sum(walk(t, depth + 1) for t in tree)
    if isinstance(tree, dict):
        return sum(walk(v, depth + 1) for v in tree.values())
    if isinstance(tree, str):
        return len(tree) * depth
    return tree * depth


tree = [1, (2, [3, {"a": 4, "b": "xyz"}]), {"c": [5, 6, ("q", 7)]}, 2**64]
for k in range(3):
    print("walk", k, walk(tree, 1))
    tree = [tree, k, str(k) * k]


def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


print("ack", [ack(2, n) for n in range(6)], ack(3, 3))


# Closure whose cell changes type between calls.
def make_cell_user():
    v = 1

    def get():
        return v * 2

    def set_(x):
        nonlocal v
        v = x
    return get, set_


get, set_ = make_cell_user()
vals = []
for i in range(2500):
    if i == 500:
        set_(1.5)
    elif i == 1000:
        set_("ab")
    elif i == 1500:
        set_([0])
    elif i == 2000:
        set_(2**63)
    r = get()
    if i % 500 == 0:
        vals.append(r)
print("cell", vals)


# Parameters captured as cells, through a specialized call site.
def mk(x, y):
    def get():
        return (x, y)

    def setx(v):
        nonlocal x
        x = v
    return get, setx


pairs = [mk(i, -i) for i in range(2000)]
pairs[5][1]("five")
pairs[1999][1](2**70)
print("cells", pairs[5][0](), pairs[6][0](), pairs[1999][0](), pairs[0][0]())
