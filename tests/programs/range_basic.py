print(list(range(5)), list(range(2, 8)), list(range(0, 10, 3)), list(range(10, 0, -2)))
print(list(range(-5, 5, 4)), list(range(5, 5)), list(range(5, 0)), list(range(0, -5, -1)))
print(len(range(10)), len(range(0, 10, 3)), len(range(10, 0, -3)), len(range(5, 0)), len(range(-10, 10, 7)))
r = range(3, 20, 4)
print(r[0], r[1], r[-1], r[-2], len(r), list(r))
print(3 in r, 4 in r, 19 in r, 23 in r, -1 in r, 7 not in r)
print(list(reversed(range(5))), list(reversed(range(1, 10, 3))), list(reversed(range(0))))
print(range(5), range(1, 5), range(0, 10, 2), range(5, 0, -1))
print(sum(range(101)), max(range(7)), min(range(3, 9)), sorted(range(5), reverse=True))
print(list(range(10)[2:5]), list(range(10)[::-1]), list(range(0, 20, 2)[1::3]))
total = 0
for i in range(1, 11):
    total += i * i
print(total)
for i in range(3, -4, -2):
    print(i, end=' ')
print()
for i in range(0):
    print('never')
big = range(10 ** 6)
print(len(big), big[-1], 999999 in big, 10 ** 6 in big)
n = 0
for i in range(100000):
    n += i
print(n)
print(range(3) == range(0, 3), list(range(2 ** 40, 2 ** 40 + 3)))
print(bool(range(0)), bool(range(1)), type(range(1)), isinstance(range(2), range))
print(list(enumerate(range(3, 6))), list(zip(range(3), range(10, 13))))
print(tuple(range(-3, 3)), set(range(4)), range(0, 1)[0])
