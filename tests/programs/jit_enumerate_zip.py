# The JIT steps enumerate() and zip() iterators without building their tuples, compares
# strs, and records `a and b` / `a or b` values: the output must stay CPython's, including
# mid-loop type changes, a list growing under enumerate, counts past small ints, zip
# ending at its second iterator, and iterators resumed after a break.
def f(xs):
    t = 0
    for i, x in enumerate(xs):
        t += i * x
    return t
def g(a, b):
    t = 0.0
    for x, y in zip(a, b):
        t += x * y
    return t
def h(a, b, c):
    t = 0
    for x, y, z in zip(a, range(5, 1000000), c):
        t += x + y - z
    return t
def k(s):
    n = 0
    for i, ch in enumerate(s, 10):
        if ch == 'a':
            n += i
    return n
xs = list(range(1000))
print(f(xs), f(tuple(xs)), f(range(3)))
print(g([1.5]*500, [2.0]*400))
print(h(xs, xs[::-1], xs[:700]))
print(k("abracadabra" * 50))
for i, (a, b) in enumerate(zip(xs, xs)):
    if i > 100: break
print(i, a, b)
e = enumerate(xs)
for i, x in e:
    if i == 500: break
print(next(e))
big = enumerate([1,2,3,4,5]*40, 2**47 - 100)
t = 0
for i, x in big:
    t += i
print(t)


def rows(grid):
    total = 0
    for r in range(len(grid)):
        for j, v in enumerate(grid[r]):
            total += j * v
        for a, b in zip(grid[r], grid[-1 - r]):
            total += a - b
    return total
def strs(words):
    n = 0
    for w in words:
        for i, c in enumerate(w, 1):
            n += i
        for c, d in zip(w, "abcdefgh"):
            if c == d:
                n += 1
    return n
g = [[(i * 7 + j) % 13 for j in range(30)] for i in range(40)]
print(rows(g))
print(strs(["hello", "abc", "abcdefghij", "", "zzz"] * 300))
def grow(xs):
    s = 0
    for i, x in enumerate(xs):
        if i < 50:
            xs.append(x + 1)
        s += x
    return s
print(grow(list(range(100))))
def mixed(xs):
    s = 0
    for i, x in enumerate(xs):
        s += x
    return s
print(mixed([1, 2, 3.5] * 100 + [10**20, 4]))


def count(words, target):
    n = 0
    lt = 0
    for w in words:
        if w == target:
            n += 1
        if w < target:
            lt += 1
        if w != "b" and w >= "ab":
            n += 2
    return n, lt
ws = ["a", "b", "abc", "ab", "é", "zz", "", "b" + "c", "bc", "\U0001F600", "a\U0001F600"] * 200
print(count(ws, "b"))
print(count(ws, "bc"))
def mixed(xs):
    n = 0
    for x in xs:
        if x == "a":
            n += 1
    return n
print(mixed(["a", "b"] * 100 + [1, 2.0, None, "a"]))


def f(xs):
    n = 0
    for x in xs:
        v = x > 3 and x < 8
        w = x < 2 or x
        u = (x and 7) or 1.5
        if v:
            n += 1
        n += w + u
    return n
print(f(list(range(12)) * 50))
print(f([0, 1.5, 9, 2.5] * 100))


def uneven(n):
    # zip's second iterator ends first: the first one's extra item is taken and dropped.
    long = list(range(10))
    total = 0
    for k in range(n):
        it = iter(long)
        for a, b in zip(it, range(k % 7)):
            total += a * b
        total += next(it, -1)
    return total
print(uneven(300))


# zip(it, it): one iterator twice takes consecutive items (the trace must not read one
# position twice), also when only some loop entries alias.
def pairs(xs):
    it = iter(xs)
    t = 0
    for a, b in zip(it, it):
        t += a * 10 + b
    return t
def run(n):
    t = 0
    for k in range(n):
        t += pairs(list(range(k % 9 + 20)))
    return t
print(pairs(list(range(1000))))
print(run(300))
def mixed(xs, ys):
    t = 0
    for k in range(300):
        a = iter(xs)
        b = a if k % 3 == 0 else iter(ys)
        for p, q in zip(a, b):
            t += p - q
    return t
print(mixed(list(range(30)), list(range(100, 140))))
