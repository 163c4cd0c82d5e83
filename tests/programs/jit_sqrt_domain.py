# math.sqrt in a trace: inline, with its domain check reduced to "x < 0 raises".
import math


def f(xs):
    s = 0.0
    for x in xs:
        s += math.sqrt(x)
    return s


def roots(xs):
    out = []
    for x in xs:
        out.append(math.sqrt(x))
    return out


print(f([float(i) for i in range(3000)]))
print(f([float(i) for i in range(3000)] + [float("nan"), 1.0]))
print(f([1.0] * 3000 + [float("inf")]))
print([math.copysign(1.0, r) for r in roots([-0.0, 0.0] * 1500)[:4]])
for bad in (-1e-300, -1.0, float("-inf")):
    try:
        f([1.0] * 3000 + [bad])
    except ValueError as e:
        print("ValueError", e)
