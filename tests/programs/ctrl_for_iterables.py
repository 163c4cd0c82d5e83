lst = [1, 2, 3]
for v in lst:
    if v < 3:
        lst.append(v + 10)
print(lst)
for i, c in enumerate('xyz', 1):
    print(i, c, end='; ')
print()
for a, b in zip([1, 2, 3], 'ab'):
    print(a, b)
for k in {'p': 1, 'q': 2}:
    print(k)
for i in reversed([1, 2, 3]):
    print(i, end='')
print()
count = 0
for i in range(100):
    for j in range(100):
        if (i ^ j) & 1:
            count += 1
print(count)
