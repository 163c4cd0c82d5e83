d = {"b": 2, "a": 1, "c": 3}
print(sorted(d), sorted(d.values()), sorted(d.items()), sorted(d, key=d.get, reverse=True))
print(sorted("banana"), sorted((3, 1, 2)), sorted({5, 1, 3}), sorted(range(5, 0, -2)))
print(sorted(["b", "A", "c"]), sorted(["b", "A", "c"], key=str.casefold))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), list(reversed((1, 2))))
print(list(reversed(d)), list(reversed(d.items())))
r = reversed([10, 20])
print(type(r).__name__, next(r), list(r), list(r))


class Countdown:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return "item%d" % i


class CustomRev:
    def __reversed__(self):
        return iter(["custom", "reversed"])


print(list(reversed(Countdown())), list(reversed(CustomRev())))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
print(list(enumerate("abc")), list(enumerate("abc", 10)), list(enumerate([], 5)))
for i, (k, v) in enumerate(sorted(d.items()), start=1):
    print(i, k, v)
e = enumerate(["x", "y"])
print(type(e).__name__, next(e), list(e))
print(list(zip("abc", [1, 2, 3], (True, False, None))))
print(list(zip("abcd", range(2))), list(zip()), list(zip([1, 2])))
print(dict(zip(d.values(), d.keys())))
names, ages = zip(*[("ann", 30), ("bob", 25)])
print(names, ages)
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(zip([1, 2], "ab", strict=True)))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(col) for col in zip(*matrix)])
print(list(zip(range(3), reversed(range(3)))), list(enumerate(zip("ab", "cd"))))
print(sorted(zip([3, 1, 2], "cab")), max(enumerate("hello"), key=lambda p: p[1]))
print(sorted(enumerate("dcba"), key=lambda p: p[1]))
print(list(reversed(sorted([4, 1, 3]))), sorted([4, 1, 3])[::-1])
