def outer():
    n = 0
    def inner():
        nonlocal n
        n += 10
        return n
    inner()
    inner()
    return n
print(outer())
def outer2():
    a = 1
    def mid():
        def inner():
            nonlocal a
            a = a * 100
        inner()
        return a
    r = mid()
    return a, r
print(outer2())
def make_acc():
    total = 0
    def add(v):
        nonlocal total
        total += v
        return total
    return add
acc = make_acc()
acc2 = make_acc()
print(acc(5), acc(10), acc2(1), acc(0), acc2(2))
def shadowing():
    n = 'outer n'
    def inner():
        n = 'inner n'
        return n
    return inner(), n
print(shadowing())
def nonlocal_loop():
    hits = 0
    def hit():
        nonlocal hits
        hits += 1
    for _ in range(7):
        hit()
    return hits
print(nonlocal_loop())
