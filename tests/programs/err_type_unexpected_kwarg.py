# unexpected keyword argument
def f(a, b=2):
    return a - b
print(f(5), f(5, b=1), f(b=0, a=1))
def k(**kw):
    return sorted(kw)
print(k(z=1, y=2))
print(f(1, c=3))
