# divmod by zero
print(divmod(7, 3), divmod(-7, 3), divmod(7, -3))
print(divmod(0, 5), divmod(2 ** 65, 2 ** 33))
a = [(9, 4), (9, 0)]
for x, y in a:
    print('divmod', x, y)
    print(divmod(x, y))
