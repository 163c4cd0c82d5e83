recs = [('b', 2), ('a', 2), ('c', 1), ('d', 3), ('e', 1), ('f', 2)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[1], reverse=True))
print(sorted(recs, reverse=True))
tmp = sorted(recs, key=lambda r: r[0], reverse=True)
print(sorted(tmp, key=lambda r: r[1]))
nums = [3, -3, 2, -2, 1, -1, 0]
print(sorted(nums, key=abs), sorted(nums, key=abs, reverse=True))
print(sorted(nums, key=lambda v: v * v, reverse=True))
words = ['Banana', 'apple', 'cherry', 'Apple', 'banana']
print(sorted(words), sorted(words, key=lambda w: w.lower()), sorted(words, key=len))
lst = [5, 1, 4, 1, 5, 9, 2, 6]
lst.sort()
print(lst)
lst.sort(key=lambda v: -v)
print(lst)
lst.sort(reverse=True, key=lambda v: v % 3)
print(lst)
mixed = [2, 1.5, True, 0, -0.5, False]
print(sorted(mixed))
print(sorted([[2, 1], [1, 2], [1], [], [1, 1, 1]]))
print(sorted([(1, 'b', 2.0), (1, 'a', 3.0), (0, 'z', 0.0)]))
big = [(i * 7919) % 1000 for i in range(200)]
sb = sorted(big)
print(sb[:10], sb[-5:], len(sb), all([sb[i] <= sb[i + 1] for i in range(len(sb) - 1)]))
print(sorted(range(10), key=lambda v: (v % 3, -v)))
