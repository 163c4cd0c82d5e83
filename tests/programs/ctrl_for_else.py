for n in range(2, 30):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, end=' ')
print()
for x in []:
    print('never')
else:
    print('empty for else')
for x in [1, 2, 3]:
    if x == 2:
        break
else:
    print('not printed')
print('x after loop', x)
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if i + j == 3:
            break
        print(i, j)
result = []
for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    result.append(i)
print(result)
for ch in 'abc':
    pass
print(ch)
total = 0
for i in range(1, 4):
    for j in range(1, 4):
        total += i * j
print(total)
found = None
for row in [[1, 2], [3, 4], [5, 6]]:
    for v in row:
        if v * v > 10:
            found = v
            break
    if found is not None:
        break
print('found', found)
