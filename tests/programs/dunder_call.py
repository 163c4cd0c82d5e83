class Adder:
    def __init__(self, n):
        self.n = n
        self.calls = 0

    def __call__(self, x, *rest, scale=1, **kw):
        self.calls += 1
        return (x + self.n + sum(rest)) * scale, sorted(kw)

add5 = Adder(5)
print(add5(1))
print(add5(1, 2, 3))
print(add5(1, scale=10))
print(add5(0, extra=1, more=2))
print(add5.calls, callable(add5), callable(Adder), callable(5))
print(list(map(Adder(100), [1, 2])))

class Compose:
    def __init__(self, *fns):
        self.fns = fns

    def __call__(self, v):
        for f in reversed(self.fns):
            v = f(v)
        return v

inc = lambda x: x + 1
dbl = lambda x: x * 2
print(Compose(inc, dbl)(5), Compose(dbl, inc)(5), Compose()(7))
print(Compose(str, Compose(inc, inc))(1))

class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}

    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]

@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(50), len(fib.cache), type(fib).__name__)

class Factory:
    def __call__(self):
        return Factory()

f = Factory()
print(type(f()()()).__name__)
print(sorted([3, 1, 2], key=Adder(0).__call__))
try:
    Adder(1)()
except TypeError as e:
    print("TypeError:", e)
try:
    object()()
except TypeError as e:
    print("TypeError:", e)

class CallAttr:
    pass

ca = CallAttr()
ca.__call__ = lambda: "instance attr"
try:
    ca()
except TypeError as e:
    print("TypeError:", e)
print(ca.__call__())
