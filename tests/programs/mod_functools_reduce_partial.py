from functools import reduce, partial
import operator

print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6)))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []))
print(reduce(max, [3, 9, 2]), reduce(operator.add, [], 0), reduce(operator.add, ["only"]))
print(reduce(lambda a, b: a + b, ["a", "b", "c"], ">"))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)
steps = []


def trace(a, b):
    steps.append((a, b))
    return a - b


print(reduce(trace, [10, 1, 2, 3]), steps)
print(reduce(lambda d, kv: {**d, kv[0]: kv[1]}, [("a", 1), ("b", 2)], {}))


def power(base, exp, mod=None):
    r = base ** exp
    return r % mod if mod else r


square = partial(power, exp=2)
cube = partial(power, exp=3)
two_to = partial(power, 2)
print(square(5), cube(2), two_to(10), two_to(10, mod=1000))
print(square.func is power, square.args, square.keywords, two_to.args)
print(square(3, exp=4))
int_base2 = partial(int, base=2)
print(int_base2("1011"), int_base2("11"))
nested = partial(partial(power, 3), 2)
print(nested(), nested.args, nested.func is power)
join_dash = partial("-".join)
print(join_dash(["a", "b"]))
printer = partial(print, "prefix:", sep="|")
printer("x", "y")
adders = [partial(operator.add, n) for n in range(3)]
print([f(10) for f in adders])
print(sorted(["b", "A", "c"], key=partial(str.lower)))
print(list(map(partial(pow, 2), range(5))))
print(callable(square), type(square).__name__)
