# keyword-only param passed positionally
def g(a, *, b):
    return a * b
print(g(2, b=3), g(a=4, b=5))
def h(*args, sep='-'):
    return sep.join(args)
print(h('a', 'b'), h('a', 'b', sep='+'))
print(g(2, 3))
