import bisect

a = [1, 3, 3, 3, 5, 8]
for x in [0, 1, 3, 4, 8, 9]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 3, 2), bisect.bisect_right(a, 3, 0, 2), bisect.bisect_left(a, 5, lo=4, hi=6))
b = []
for v in [5, 1, 4, 1, 9, 2]:
    bisect.insort(b, v)
    print("insort", v, b)
bisect.insort_left(b, 4)
bisect.insort_right(b, 4)
print(b)


def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in [33, 60, 69, 70, 89, 90, 100]])
records = [(1, "a"), (3, "c"), (5, "e")]
keys = [r[0] for r in records]
print(records[bisect.bisect_left(keys, 3)], bisect.bisect_left(keys, 4))
print(bisect.bisect_left(records, (3,)), bisect.bisect_right(records, (3, "z")))
people = [("amy", 20), ("bob", 35), ("cat", 50)]
print(bisect.bisect_left(people, 35, key=lambda p: p[1]), bisect.bisect_right(people, 36, key=lambda p: p[1]))
by_age = []
for p in [("x", 30), ("y", 10), ("z", 20)]:
    bisect.insort(by_age, p, key=lambda q: q[1])
print(by_age)


def index_of(seq, x):
    i = bisect.bisect_left(seq, x)
    if i != len(seq) and seq[i] == x:
        return i
    return -1


print(index_of(a, 5), index_of(a, 4), index_of([], 1), index_of(a, 1))
words = sorted(["pear", "apple", "fig", "kiwi"])
print(words, bisect.bisect(words, "grape"), bisect.bisect(words, "zzz"))
print(bisect.bisect_left([1.5, 2.5], 2), bisect.bisect([], 0))
