class Range2:
    def __init__(self, lo, hi):
        self.lo = lo
        self.hi = hi

    def __contains__(self, x):
        print("  __contains__", x)
        return self.lo <= x < self.hi


r = Range2(1, 5)
print(3 in r, 5 in r, 0 not in r)


class Truthy:
    def __contains__(self, x):
        return "non-empty string"


print(1 in Truthy(), 1 not in Truthy())


class IterOnly:
    def __iter__(self):
        print("  __iter__")
        return iter([1, 2, 3])


print(2 in IterOnly(), 7 in IterOnly())


class GetItemOnly:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError
        return i * 10


print(20 in GetItemOnly(), 25 in GetItemOnly())


class Priority:
    def __contains__(self, x):
        return True

    def __iter__(self):
        print("  should not iterate")
        return iter([])


print("anything" in Priority())
try:
    1 in 5
except TypeError as e:
    print("TypeError:", e)
try:
    1 in object()
except TypeError as e:
    print("TypeError:", e)
try:
    [1] in {1: 2}
except TypeError as e:
    print("TypeError:", e)
try:
    3 in "abc"
except TypeError as e:
    print("TypeError:", e)
print("bc" in "abcd", "" in "abc", "x" in "", b"b" in b"abc", 98 in b"abc")
print(1 in [1.0], 1 in {1: 0}, 0 in {1: 0}, (1, 2) in [(1, 2)], [1] in [[1]])
print(1 in range(0, 10, 2), 4 in range(0, 10, 2), 3.0 in range(5))
d = {"a": 1, "b": 2}
print("a" in d.keys(), 1 in d.values(), ("b", 2) in d.items(), ("b", 3) in d.items())
print(2 in {1, 2}, 2 in frozenset([2]), None in [None], "a" in ("a",))
