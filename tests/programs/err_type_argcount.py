# too many positional args
def f(a, b):
    return a + b
print(f(1, 2), f('x', 'y'), f(b=1, a=2))
print(f(*[3, 4]), f(*'ab'))
def g(a, b=1):
    return a * b
print(g(3), g(3, 4))
print(f(1, 2, 3))
