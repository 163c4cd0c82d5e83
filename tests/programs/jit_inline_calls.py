# Calls inlined into traces: exits inside callees rebuild their frames, exceptions raised
# in callees after an exit get the right traceback, recursion and closures still work.


def add(a, b):
    return a + b


def scale(x, k):
    y = add(x, x)
    return y * k


def risky(d):
    return 100 // d


def make_counter(step):
    total = 0

    def bump(x):
        return x + step

    return bump


def deep(n):
    return n if n < 2 else deep(n - 1) + 1


class Acc:
    def __init__(self):
        self.n = 0

    def push(self, v):
        self.n = self.n + v
        return self.n


def main():
    s = 0
    for i in range(3000):
        s = add(s, scale(i, 3))
        if i == 2500:
            s = s + 0.25  # the callee now sees a float
    print(s)
    bump = make_counter(7)
    t = 0
    for i in range(3000):
        t = bump(t)
    print(t)
    r = 0
    for i in range(2000):
        r += deep(3)
    print(r)
    a = Acc()
    for i in range(3000):
        a.push(i % 5)
    print(a.n)
    big = 1
    for i in range(2000):
        big = add(big, big) if i < 60 else add(big, 1)
    print(big)
    total = 0
    try:
        for i in range(3000):
            total += risky(2990 - i)
    except ZeroDivisionError as e:
        print("caught", type(e).__name__, e, total)


main()
