def gen_powers(n):
    return {e: (lambda b, e=e: b ** e) for e in range(n)}
p = gen_powers(4)
print([p[e](3) for e in sorted(p)])
def accumulate():
    items = []
    def add(*xs):
        items.extend(xs)
        return len(items)
    def view():
        return list(items)
    return add, view
add, view = accumulate()
add(1); add(2, 3); add()
print(view(), add(4))
def rebinding():
    v = 'first'
    get = lambda: v
    r1 = get()
    v = 'second'
    return r1, get()
print(rebinding())
def make_fns():
    fns = {}
    for name in ['a', 'b']:
        fns[name] = lambda: name
    return fns
print([f() for f in make_fns().values()])
def counter_pair():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def dec():
        nonlocal n
        n -= 1
        return n
    return inc, dec
inc, dec = counter_pair()
print(inc(), inc(), dec(), inc(), dec(), dec())
