def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return wrapper
def slow_fib(n):
    return n if n < 2 else fast_fib(n - 1) + fast_fib(n - 2)
fast_fib = memoize(slow_fib)
print(fast_fib(100))
def nest3():
    a = 1
    def l2():
        b = 2
        def l3():
            return a + b
        return l3
    return l2()
print(nest3()())
def shared():
    v = [0]
    def inc():
        v[0] += 1
    def get():
        return v[0]
    return inc, get
inc, get = shared()
inc(); inc(); inc()
print(get())
def late_binding():
    x = 1
    def g():
        return x
    x = 2
    return g()
print(late_binding())
