# 0 to a negative power
print(0 ** 0, 0 ** 1, 2 ** -1, (-2) ** -1)
print(0.0 ** 0, 0.0 ** 2)
for e in [2, 1, 0, -1]:
    print('0 **', e)
    print(0 ** e)
