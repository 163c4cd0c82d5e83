def summing(items):
    total = 0
    for x in items:
        yield x
        total += x
    return total

g = summing([1, 2, 3])
seen = []
while True:
    try:
        seen.append(next(g))
    except StopIteration as stop:
        print("yielded", seen, "returned", stop.value)
        break

def early(n):
    if n < 0:
        return "negative"
    yield n

for n in [-1, 5]:
    gen = early(n)
    try:
        while True:
            print("got", next(gen))
    except StopIteration as s:
        print("stop value:", repr(s.value), "args:", s.args)

def no_return():
    yield 1

g = no_return()
next(g)
try:
    next(g)
except StopIteration as s:
    print("implicit return:", s.value, s.args)

def returns_tuple():
    yield
    return (1, 2)

g = returns_tuple()
next(g)
try:
    next(g)
except StopIteration as s:
    print("tuple value:", s.value, "args:", s.args)

def returns_none_explicit():
    yield 0
    return None

print(list(returns_none_explicit()))
print(list(summing([4, 5])), "return value is discarded by list()")

def collect():
    r = yield from summing([10, 20])
    print("  inner returned", r)
    return r * 2

g = collect()
print(list(g))
g2 = collect()
for _ in g2:
    pass
try:
    next(g2)
except StopIteration as s:
    print("already finished, value:", s.value)
