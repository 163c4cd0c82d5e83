it = iter([1, 2])
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.args, e.value)
print(next(it, "default"), next(iter([]), None))


def g():
    yield 1
    return "result"


gen = g()
print(next(gen))
try:
    next(gen)
except StopIteration as e:
    print("value:", e.value, "args:", e.args)
try:
    next(gen)
except StopIteration as e:
    print("second time value:", e.value)


def manual_loop(iterable):
    it = iter(iterable)
    out = []
    while True:
        try:
            x = next(it)
        except StopIteration:
            break
        out.append(x * 2)
    return out


print(manual_loop(range(4)), manual_loop("ab"), manual_loop({}))


def leaky():
    yield 1
    raise StopIteration("inside generator")


try:
    list(leaky())
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", repr(e.__cause__))
d = {"a": 1}
di = iter(d)
print(next(di))
try:
    next(di)
except StopIteration:
    print("dict iterator exhausted")
print(next(iter("xyz")), next(reversed([1, 2, 3])), next(enumerate("q")))
print(next(zip([1], [2])), next(map(str, [5])), next(filter(None, [0, 0, 3])))
try:
    next(filter(None, [0, 0]))
except StopIteration:
    print("filter exhausted")
