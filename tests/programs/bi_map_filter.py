nums = [1, -2, 3, -4, 5]
m = map(abs, nums)
print(type(m).__name__, list(m), list(m))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5])))
print(list(map(str.upper, ["a", "b"])), list(map(len, ["", "ab", "abc"])))
print(list(map(int, "123")), list(map(float, ["1.5", "2"])), list(map(pow, [2, 3], [3, 2], [5, 5])))
f = filter(lambda x: x > 0, nums)
print(type(f).__name__, list(f), list(f))
print(list(filter(None, [0, 1, "", "a", None, [], [0], False, True])))
print(list(filter(str.isdigit, "a1b2c3")), "".join(filter(str.isalpha, "h3e4y")))
print(list(map(lambda p: p[0] + p[1], filter(lambda p: p[0] < p[1], zip([1, 5, 2], [3, 1, 9])))))
calls = []


def noisy(x):
    calls.append(x)
    return x * 10


lazy = map(noisy, [1, 2, 3])
print(calls)
print(next(lazy), calls)
print(list(lazy), calls)
print(sum(map(int, "9999")), max(map(len, ["a", "bbb", "cc"])), sorted(map(abs, nums)))
print(dict(map(lambda kv: (kv[1], kv[0]), {"a": 1, "b": 2}.items())))
print(set(map(lambda c: c.lower(), "AaBb")) == {"a", "b"})
print(list(map(None.__class__, [])), list(filter(lambda x: x, [])))


class Pt:
    def __init__(self, x):
        self.x = x


print(list(map(lambda p: p.x, filter(lambda p: p.x % 2, map(Pt, range(6))))))
try:
    list(map(abs, ["x"]))
except TypeError as e:
    print("TypeError:", e)
try:
    map(abs)
except TypeError as e:
    print("TypeError:", e)
try:
    list(filter(5, [1]))
except TypeError as e:
    print("TypeError:", e)
print(list(map(lambda *a: a, "ab", "cd", "ef")))
