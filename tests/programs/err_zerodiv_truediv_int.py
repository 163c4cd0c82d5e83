# int / int by zero
print(1 / 2, 10 / 5, -7 / 2, 2 ** 60 / 2 ** 30)
total = 0
for i in range(3, -1, -1):
    total += 12 / i
    print(i, total)
print('unreachable')
