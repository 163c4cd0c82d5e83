def inner(tag, n):
    for i in range(n):
        received = yield "%s%d" % (tag, i)
        if received is not None:
            print("  inner got", received)
    return tag.upper() * n


def outer():
    r1 = yield from inner("a", 2)
    print("  r1 =", r1)
    r2 = yield from inner("b", 3)
    print("  r2 =", r2)
    yield from [r1, r2]
    return r1 + r2


print(list(outer()))
g = outer()
print(next(g))
print(g.send("hello"))
print(next(g))
print(g.send("to b"))
rest = list(g)
print(rest)


def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x


print(list(flatten([1, [2, [3, [4, []]], 5], [[6]]])))


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain("ab", (1, 2), range(3), {"k": 0}, iter([None]))))


def delegator():
    total = yield from accumulator()
    yield "total=%d" % total


def accumulator():
    s = 0
    while True:
        v = yield s
        if v is None:
            return s
        s += v


d = delegator()
print(next(d))
for v in [5, 10, 20]:
    print(d.send(v))
print(d.send(None))


def from_gen_expr():
    got = yield from (x * x for x in range(4))
    yield ("got", got)


print(list(from_gen_expr()))
