nums = [3, 8, 1, 9, 4, 7]
print(sum(x * x for x in nums))
print(any(x > 8 for x in nums), all(x > 0 for x in nums), any(x > 100 for x in nums))
print(sorted(x % 5 for x in nums))
print(list(str(x) for x in nums if x % 2))
print(dict((x, x * 2) for x in nums[:3]))
print(set(x // 3 for x in nums) == {0, 1, 2, 3})
print(max(len(w) for w in ["a", "abc", "ab"]), min(w for w in ["q", "b", "z"]))
print(tuple(c.upper() for c in "hey"))
print(",".join(str(n) for n in range(5)))
g = (x + 1 for x in range(3))
print(type(g).__name__)
print(next(g), list(g), list(g))
checks = []


def probe(x):
    checks.append(x)
    return x > 2


print(any(probe(x) for x in [1, 2, 3, 4, 5]), checks)
checks.clear()
print(all(probe(x) for x in [3, 4, 1, 5]), checks)
pairs = ((a, b) for a in range(3) for b in range(a))
print(list(pairs))
matrix = [[1, 2], [3, 4]]
print(sum(sum(row) for row in matrix), list(v for row in matrix for v in row))
x = 10
gen = (x + i for i in range(3))
x = 20
print(list(gen))
lst = [1, 2, 3]
gen2 = (v * 10 for v in lst)
lst.append(4)
print(list(gen2))
lst = [1]
gen3 = (v for v in lst)
lst = [9, 9]
print(list(gen3))
print(sum(1 for _ in "hello"), sorted((len(s), s) for s in ["bb", "a", "ccc"]))
nested = list(list(j for j in range(i)) for i in range(4))
print(nested)
print(list(zip((i for i in "ab"), (j for j in range(10)))))
