a = [3, 1, 4]
a.append(1)
print(a)
a.extend([5, 9])
a.extend("ab")
a.extend(x * 2 for x in range(2))
print(a)
a.insert(0, "first")
a.insert(-1, "before-last")
a.insert(100, "end")
a.insert(-100, "start")
print(a)
print(a.pop(), a.pop(0), a.pop(2), a)
a.remove(1)
print(a)
print(a.index(4), a.index(9), a.count(1), a.count("zz"), a.count(0))
print([1, 2, 3, 2, 1].index(2, 2), [1, 2, 3, 2, 1].index(1, 1, 5))
nums = [5, 2, 8, 1]
nums.reverse()
print(nums)
r = nums.sort()
print(r, nums)
nums.sort(reverse=True)
print(nums)
words = ["banana", "Apple", "cherry", "date"]
words.sort(key=str.lower)
print(words)
words.sort(key=len, reverse=True)
print(words)
c = words.copy()
c.append("x")
print(len(words), len(c), c is words, c == words + ["x"])
c.clear()
print(c, words)
for bad in [lambda: [].pop(), lambda: [1].remove(2), lambda: [1].index(5), lambda: [1].pop(5)]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__ + ":", e)
m = [[0] * 3 for _ in range(2)]
m[0][1] = 5
print(m)
shared = [[0] * 2] * 2
shared[0][0] = 7
print(shared)
x = [1, 2, 3]
x[1:1] = [9, 9]
print(x)
x *= 2
print(x, len(x))
print([1, 2] + [3], [0] * 3, [[]] * 2, 3 * ["a"])
print([1, 2, 3] < [1, 3], [2] > [1, 9, 9], [1, 2] == [1, 2.0], [] < [0])
del x[0]
del x[-2:]
print(x)
lst = list(range(10))
print(lst[::-1].index(0), max(lst), sorted(lst, key=lambda v: -v)[:3])
