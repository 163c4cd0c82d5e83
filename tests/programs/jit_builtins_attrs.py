# Builtins computed in traces (len, abs, min, max, int, float, math.*, list.append) and
# attribute access under shape guards, with the cases where they must leave the trace:
# math domain errors, overflow to big ints, mixed types, attributes added or retyped
# mid-loop, and a method rebound on the class.
import math


def numeric(n):
    s = 0.0
    k = 0
    for i in range(n):
        s += math.sqrt(i) + math.sin(i) * math.exp(-i * 0.001) + abs(-i) + min(i, 50)
        s += max(1.5, i * 0.25) + math.floor(i / 7) + int(i * 1.7) + float(i)
        k += abs(i - 1500) + max(i, 2, 3) + len("abc") + math.ceil(i / 3)
    return round(s, 6), k


def domain(n):
    out = []
    for i in range(n):
        x = 2000 - i
        try:
            out.append(math.log(x))
        except ValueError as e:
            out.append(str(e))
            break
    return len(out), out[-1]


def overflow(n):
    v = 1
    for i in range(n):
        v = abs(v * -3) if i < 40 else v
    return v


def ints_then_floats(n):
    m = 0
    for i in range(n):
        m = max(m, i) if i < n - 5 else max(m, i + 0.5)
    return m


def lengths(n):
    xs = []
    for i in range(n):
        xs.append(len(xs) * 2)
    return len(xs), xs[-1], sum(xs)


class P:
    def __init__(self, x):
        self.x = x

    def step(self):
        self.x = self.x + 1
        return self.x


def attrs(n):
    ps = [P(i) for i in range(10)]
    t = 0
    for i in range(n):
        p = ps[i % 10]
        t += p.step()
        if i == n - 200:
            ps[3].x = 0.5  # retyped
            ps[4].y = 1  # a new attribute: another shape
        if i == n - 100:
            P.step = lambda self: 7  # the method rebound
    return t


print(numeric(3000))
print(domain(3000))
print(overflow(2000))
print(ints_then_floats(3000))
print(lengths(3000))
print(attrs(3000))
