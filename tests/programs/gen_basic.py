def count_up(n):
    print("  gen start")
    i = 0
    while i < n:
        print("  about to yield", i)
        yield i
        print("  resumed after", i)
        i += 1
    print("  gen end")

g = count_up(3)
print(type(g).__name__)
print("created, nothing run yet")
print("next ->", next(g))
print("next ->", next(g))
for v in g:
    print("loop got", v)
print(list(count_up(0)))

def multi_yield():
    yield "a"
    yield "b"
    x = yield "c"
    print("  x is", x)
    yield from ["d", "e"]

print(list(multi_yield()))

def squares(limit):
    for i in range(limit):
        if i % 2:
            continue
        yield i * i

print(list(squares(10)), sum(squares(10)))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

out = []
for f in fib():
    if f > 100:
        break
    out.append(f)
print(out)
gen_fn_type = type(count_up)
print(gen_fn_type.__name__, count_up.__name__)

def with_local_state():
    total = 0
    for x in [5, 10, 15]:
        total += x
        yield total

print(list(with_local_state()))
a = with_local_state()
b = with_local_state()
print(next(a), next(a), next(b), next(a), next(b))

def yield_expr_value():
    r = yield
    print("  received", r)

y = yield_expr_value()
print(next(y))
try:
    next(y)
except StopIteration:
    print("finished after receiving None")
