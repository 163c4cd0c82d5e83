def make_multipliers():
    return [lambda x: x * i for i in range(1, 4)]
print([m(10) for m in make_multipliers()])
def make_multipliers_fixed():
    out = []
    for i in range(1, 4):
        def mk(k):
            return lambda x: x * k
        out.append(mk(i))
    return out
print([m(10) for m in make_multipliers_fixed()])
def counters(n):
    cs = []
    for _ in range(n):
        def mk():
            c = 0
            def tick():
                nonlocal c
                c += 1
                return c
            return tick
        cs.append(mk())
    return cs
a, b = counters(2)
print(a(), a(), b(), a(), b())
def running_totals(nums):
    total = 0
    res = []
    def add(v):
        nonlocal total
        total += v
        res.append(total)
    for n in nums:
        add(n)
    return res, total
print(running_totals([1, 2, 3, 4, -10]))
handlers = {}
for name in ['alpha', 'beta', 'gamma']:
    def h(prefix, _name=name):
        return prefix + ':' + _name
    handlers[name] = h
print([handlers[k]('>') for k in handlers])
def outer():
    x = 0
    fs = []
    while x < 3:
        fs.append(lambda: x)
        x += 1
    return [f() for f in fs]
print(outer())
