sq = lambda x: x * x
add = lambda a, b=10: a + b
print(sq(7), add(1), add(1, 2), (lambda: 'noargs')(), (lambda *a: len(a))(1, 2, 3))
print((lambda **kw: sorted(kw))(b=1, a=2), (lambda x, *, y: x - y)(10, y=3))
print(sorted([5, -3, 2, -8], key=lambda v: abs(v)), sorted(['bb', 'a', 'ccc'], key=lambda s: -len(s)))
print(max(['apple', 'fig', 'banana'], key=lambda s: len(s)), min([(1, 'b'), (0, 'z')], key=lambda t: t[1]))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
ops = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b}
for op in ['+', '-', '*']:
    print(op, ops[op](7, 3))
print([sq(v) for v in [1, 2, 3]])
curry = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(curry(1)(2)(3))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(25))
pick = lambda cond: (lambda: 'yes') if cond else (lambda: 'no')
print(pick(1)(), pick(0)())
adders = [lambda x, n=n: x + n for n in range(4)]
print([a(100) for a in adders])
late = [lambda x: x + n for n in range(4)]
print([a(100) for a in late])
def run(f, *args):
    return f(*args)
print(run(lambda a, b: a ** b, 2, 100))
print(type(sq) == type(run))
