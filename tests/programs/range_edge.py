r = range(-10, 10, 3)
print(list(r), len(r), r[0], r[-1], r[2:4], r[::-1], r[::2])
print(-10 in r, -9 in r, 8 in r, 10 in r, 2.0 in r)
print(list(range(10, -10, -4)), len(range(10, -10, -4)), range(10, -10, -4)[-1])
print(len(range(0, 2 ** 70, 2 ** 60)), range(0, 2 ** 70, 2 ** 60)[-1])
print(range(5)[::-1], range(1, 10, 2)[1:3], range(0, 10)[-3:], range(5)[10:])
print(list(range(5)[::-2]), list(range(1, 10, 2)[::-1]))
print(range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(1, 2) == range(1, 3, 5))
print(reversed(range(3)) is not None, list(reversed(range(-5, 5, 3))))
acc = []
for i in range(2, -3, -1):
    acc.append(i)
print(acc)
print(sum(range(-5, 6)), max(range(-5, 6, 2)), min(range(3, -3, -2)))
print(list(zip(range(3), range(100, 0, -50))))
print([i for i in range(1, 20) if i % 4 == 1], list(range(3))[::-1])
for k in range(1, 4):
    print(k, list(range(k)), list(range(k, 0, -1)))
print(list(range(True, 3)), len(range(-1)), list(range(-3)))
