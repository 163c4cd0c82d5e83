import itertools as it
import operator

print(list(it.chain("ab", [1, 2], (3,), range(2))))
print(list(it.chain.from_iterable(["xy", "z", ""])))
print(list(it.chain()), list(it.chain([], [])))
print(list(it.islice("abcdefg", 3)), list(it.islice("abcdefg", 2, 5)), list(it.islice("abcdefg", 0, None, 3)))
print(list(it.islice(range(10), 8, None)), list(it.islice([], 3)))
print(list(it.accumulate([1, 2, 3, 4, 5])))
print(list(it.accumulate([1, 2, 3, 4], operator.mul)))
print(list(it.accumulate([3, 1, 4, 1, 5, 9, 2], max)))
print(list(it.accumulate([1, 2, 3], initial=100)), list(it.accumulate([])))
print(list(it.accumulate("abc")))
print(list(it.zip_longest("abc", [1])))
print(list(it.zip_longest("ab", "wxyz", fillvalue="-")))
print(list(it.zip_longest([1], [2], [3, 4], fillvalue=0)), list(it.zip_longest()))
data = "aaabbcaaad"
print([(k, len(list(g))) for k, g in it.groupby(data)])
print([k for k, _ in it.groupby(sorted(data))])
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
for k, g in it.groupby(words, key=lambda w: w[0]):
    print(k, list(g))
for k, g in it.groupby(sorted(words, key=len), key=len):
    print(k, list(g))
nums = [1, 3, 5, 2, 4, 7, 9, 6]
print([(odd, list(g)) for odd, g in it.groupby(nums, key=lambda n: n % 2 == 1)])
groups = it.groupby("aabb")
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
a, b = it.tee([1, 2, 3])
print(list(a), list(b))
print(list(it.pairwise("abcd")), list(it.pairwise([1])))
print(list(it.starmap(operator.add, [(1, 2), (3, 4)])))
print(list(it.compress(range(6), [1, 0, 1, 0, 1])))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1, 5])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.filterfalse(None, [0, 1, "", "x", None])))
