from functools import lru_cache, wraps, cache

calls = []

@lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(30), len(calls))
print(fib.cache_info())
print(fib(30), len(calls), fib.cache_info().hits)
fib.cache_clear()
print(fib.cache_info())

@lru_cache(maxsize=2)
def square(x):
    print("  computing", x)
    return x * x

for v in [1, 2, 1, 3, 2, 1]:
    print(v, square(v))
print(square.cache_info())

@cache
def slow_add(a, b):
    print("  adding", a, b)
    return a + b

print(slow_add(1, 2), slow_add(1, 2), slow_add(2, 1), slow_add(a=1, b=2))

def logged(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        print("  calling", fn.__name__, args, kwargs)
        return fn(*args, **kwargs)
    return wrapper

@logged
def greet(name, punct="!"):
    """Say hello."""
    return "hello " + name + punct

print(greet("bob"), greet("amy", punct="?"))
print(greet.__name__, greet.__doc__, greet.__wrapped__.__name__, greet.__qualname__)

def plain_deco(fn):
    def inner(*a):
        return fn(*a)
    return inner

@plain_deco
def documented():
    """doc here"""

print(documented.__name__, documented.__doc__)

def repeat(n):
    def deco(fn):
        @wraps(fn)
        def run(*a):
            return [fn(*a) for _ in range(n)]
        return run
    return deco

@repeat(3)
def one(x):
    return x + 1

print(one(1), one.__name__)
