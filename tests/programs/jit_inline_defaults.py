# Calls of functions and methods that take some parameters from their defaults, inlined
# into traces (a mutable default, a big-int default, exits inside the callee).
def scale(x, k=2, off=0.5, acc=[]):
    if len(acc) < 3:
        acc.append(x)
    return x * k + off
class P:
    def __init__(self, v):
        self.v = v
    def bump(self, by=1, times=1):
        self.v += by * times
        return self.v
def run(n):
    t = 0.0
    p = P(0)
    for i in range(n):
        t += scale(i) + scale(i, 3) + scale(i, 1, -1)
        p.bump()
        p.bump(2)
        p.bump(1, 3)
    return t, p.v, scale.__defaults__[2]
print(run(1000))
def small(a, b=10**20):
    return a + b
def run2(n):
    t = 0
    for i in range(n):
        t += small(i) % 7
    return t
print(run2(500))
