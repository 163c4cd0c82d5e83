nums = [5, 3, 8, -1, 0, 12, 7, 3]
print(sum(nums), min(nums), max(nums), len(nums), sorted(nums), sorted(nums, reverse=True))
print(nums.count(3), nums.index(8), 12 in nums, 100 in nums)
print(list(reversed(nums)), nums[::-1] == list(reversed(nums)))
total = 0
for n in nums:
    if n > 3:
        total += n
print(total)
evens = []
odds = []
for n in nums:
    if n % 2 == 0:
        evens.append(n)
    else:
        odds.append(n)
print(evens, odds)
stack = []
for i in range(5):
    stack.append(i * i)
while stack:
    print(stack.pop(), end=' ')
print()
queue = [1, 2, 3]
queue.append(4)
print(queue.pop(0), queue.pop(0), queue)
flat = []
for row in [[1, 2], [3], [], [4, 5, 6]]:
    flat.extend(row)
print(flat)
matrix = [[1, 2, 3], [4, 5, 6]]
t = [[row[i] for row in matrix] for i in range(3)]
print(t)
pairs = [(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]), max(pairs), min(pairs))
print(sorted([3, 1, 2], key=lambda x: -x), sorted(['b', 'A', 'c', 'B']))
people = [('amy', 30), ('bob', 25), ('cat', 30), ('dan', 25)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
big = [10 ** 20, -(10 ** 20), 0]
print(sorted(big), sum(big), max(big))
x = [1, [2, [3, [4]]]]
print(x, x[1][1][1][0], len(x))
print([1, 2] * 3 == [1, 2, 1, 2, 1, 2], [] == [], [[]] == [[]], [0] == [False])
lst = [4, 2]
lst2 = lst
lst += [1]
print(lst2, lst is lst2)
lst = lst + [0]
print(lst2, lst, lst is lst2)
