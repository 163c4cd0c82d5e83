# calling an int
def double(v):
    return v * 2
fs = [double, abs, len]
print([fn(-3) if fn is not len else fn('xyz') for fn in fs])
x = 5
print('x =', x)
print(x())
