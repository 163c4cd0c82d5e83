# unbounded recursion
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print('depth ok', depth(500))
def f(n):
    return f(n + 1)
print('starting')
f(0)
