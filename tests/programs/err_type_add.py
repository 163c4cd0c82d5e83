# int + str
print(1 + 2, 'a' + 'b', [1] + [2], (1,) + (2,), 1 + 2.5, True + 1)
print('a' * 2, [0] * 2, 2 * (1,))
items = [1, 'x']
print(items)
x = items[0]
y = items[1]
print(x, y)
print(x + y)
