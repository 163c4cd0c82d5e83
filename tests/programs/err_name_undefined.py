# undefined global used inside a function
a = 1
print('a =', a)
def f():
    return undefined_name + 1
def g():
    return a + 1
print('g', g())
print('calling f')
print(f())
