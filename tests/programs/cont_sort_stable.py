people = [
    ("ann", 30, "nyc"),
    ("bob", 25, "sf"),
    ("cy", 30, "la"),
    ("dee", 25, "nyc"),
    ("eve", 35, "sf"),
    ("fay", 30, "sf"),
]
by_age = sorted(people, key=lambda p: p[1])
print([p[0] for p in by_age])
by_age_desc = sorted(people, key=lambda p: p[1], reverse=True)
print([p[0] for p in by_age_desc])
by_city_then_age = sorted(sorted(people, key=lambda p: p[1]), key=lambda p: p[2])
print([(p[2], p[1], p[0]) for p in by_city_then_age])
multi = sorted(people, key=lambda p: (p[2], -p[1]))
print([p[0] for p in multi])
lst = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
lst.sort(key=lambda t: t[0])
print(lst)
lst.sort(key=lambda t: t[0], reverse=True)
print(lst)
words = ["aa", "B", "c", "AA", "b", "C"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=str.lower, reverse=True))
print(sorted("hello world"), sorted({3: "x", 1: "y"}), sorted((2, 1)), sorted({"b", "a"}))
print(sorted([3, 1, 2], key=None), sorted([], key=len))
nums = [-3, 2, -1, 4, 0]
print(sorted(nums, key=abs), sorted(nums, key=lambda v: v * v, reverse=True))
print(sorted([1.5, 1, True, 0, False]))
calls = []


def keyf(v):
    calls.append(v)
    return -v


print(sorted([1, 2, 3], key=keyf), calls)
stable = sorted(range(10), key=lambda v: v % 3)
print(stable)
print(sorted(range(10), key=lambda v: v % 3, reverse=True))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    [3, None].sort()
except TypeError as e:
    print("TypeError:", e)
data = [{"n": "x", "v": 2}, {"n": "y", "v": 1}]
print(sorted(data, key=lambda d: d["v"]))
