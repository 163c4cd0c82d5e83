# map and filter are lazy iterators over any iterables.
def sq(x):
    return x * x

m = map(sq, range(5))
print(type(m).__name__, next(m), list(m), list(m))
print(list(map(lambda a, b: a + b, [1, 2, 3], (10, 20, 30, 40))))
print(list(map(str, [1, 2.5, None])), sum(map(abs, [-1, -2, 3])))
print(list(filter(None, [0, 1, '', 'a', [], [0], None, 2.0])))
print(list(filter(lambda w: len(w) > 2, "a bb ccc dddd".split())))
evens = filter(lambda n: n % 2 == 0, range(10))
print(next(evens), next(evens), list(evens))
calls = []
def noisy(x):
    calls.append(x)
    return x
lazy = map(noisy, [1, 2, 3])
print(calls)
print(next(lazy), calls)
print(sorted(map(len, ["xxx", "y", "zz"])), max(map(lambda s: s[::-1], ["ab", "ba"])))
print(list(map(sq, [])), list(zip(map(sq, [1, 2]), filter(None, [0, 5, 6]))))
print(list(map(int, "12")), list(map(sq)))
