# args: 500
import sys

counter_total = 0


def make_counter(start=0, step=1):
    value = start

    def bump(times=1):
        nonlocal value
        value += step * times
        return value

    return bump


def add_all(*args, scale=1, **kwargs):
    total = 0
    for a in args:
        total += a
    for k in sorted(kwargs):
        total += kwargs[k] * len(k)
    return total * scale


def apply_n(f, x, times):
    for _ in range(times):
        x = f(x)
    return x


def compose(f, g):
    return lambda v: f(g(v))


def record(x):
    global counter_total
    counter_total += x
    return counter_total


def classify(v):
    if isinstance(v, bool):
        return "bool"
    if isinstance(v, int):
        return "int"
    if isinstance(v, float):
        return "float"
    if isinstance(v, str):
        return "str"
    if type(v) == list:
        return "list"
    if type(v) is tuple:
        return "tuple"
    if v is None:
        return "none"
    return "other"


def run(n):
    c = make_counter(10, 3)
    acc = 0
    for i in range(n):
        acc += c()
        if i % 5 == 0:
            acc -= c(2)
    kw_total = 0
    for i in range(n):
        kw_total += add_all(i, i + 1, 2, scale=2, alpha=i % 3, be=1)
        kw_total -= add_all(*[i, 1, 2])
        kw_total += add_all(**{"x": i % 7, "yy": 2})
    inc = lambda v: v + 1
    dbl = lambda v: v * 2 % 1000003
    f = compose(inc, dbl)
    chained = apply_n(f, 1, n * 10)
    for i in range(n):
        record(i % 13)
    kinds = {}
    values = [1, 2.5, "s", [1], (2,), None, True, 0, -3.0, "t"]
    for i in range(n):
        k = classify(values[i % len(values)])
        kinds[k] = kinds.get(k, 0) + 1
    it = iter(range(n))
    firsts = [next(it), next(it), next(it)]
    flags = [any([j % 97 == 0 for j in range(i, i + 10)]) for i in range(0, n, 10)]
    alls = all([abs(x) >= 0 for x in range(-5, 5)])
    q, r = divmod(acc, 97)
    return acc, kw_total, chained, counter_total, sorted(kinds.items()), firsts, sum(flags), alls, q, r


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200000
    res = run(n)
    for i, item in enumerate(res):
        print(i, item)
    mx = max(range(50), key=lambda v: (v * 37) % 50)
    mn = min([(v * 13) % 17 for v in range(1, 20)])
    print("max/min", mx, mn, round(2.675, 2), round(7.5), round(8.5), pow(3, 20), pow(2, -1))
