def f(a, b, c=3, d=4):
    return (a, b, c, d)
print(f(1, 2), f(1, 2, 5), f(1, 2, 5, 6), f(1, b=9), f(d=0, c=1, b=2, a=3), f(1, 2, d=7))
def g(*args):
    return args
print(g(), g(1), g(1, 2, 3), g(*[4, 5]), g(*'ab', 0, *range(2)))
def h(**kwargs):
    return kwargs
print(h(), h(x=1, y=2), h(**{'a': 1}, b=2), h(**{'z': 0, 'a': 1}))
def k(a, *args, kw=10, **rest):
    return a, args, kw, rest
print(k(1), k(1, 2, 3), k(1, kw=5), k(1, 2, kw=3, other=4), k(*[1, 2], **{'kw': 0, 'e': 1}))
def only_kw(a, *, b, c=2):
    return a + b + c
print(only_kw(1, b=2), only_kw(1, c=10, b=100), only_kw(a=5, b=5))
def defaults_eval(x, lst=[]):
    lst.append(x)
    return lst
print(defaults_eval(1), defaults_eval(2), defaults_eval(3, []), defaults_eval(4))
DEF = 5
def captures(x=DEF):
    return x
DEF = 6
print(captures(), captures(1))
def noreturn():
    pass
def bare_return():
    return
print(noreturn(), bare_return())
def multi():
    return 1, 'two', [3]
r = multi()
a, b, c = multi()
print(r, a, b, c)
def early(n):
    if n < 0:
        return 'neg'
    for i in range(n):
        if i * i > n:
            return i
    return 'end'
print(early(-1), early(50), early(0), early(2))
def apply(fn, *args, **kwargs):
    return fn(*args, **kwargs)
print(apply(f, 1, 2, d=0), apply(max, 3, 9, 2), apply(sorted, [3, 1], reverse=True))
def star_mix(a, b, c, d, e):
    return a * 10000 + b * 1000 + c * 100 + d * 10 + e
print(star_mix(1, *[2, 3], **{'e': 5, 'd': 4}), star_mix(*range(5)))
