# str * str
print('ab' * 3, 3 * 'ab', 'ab' * True, 'ab' * 0, 'ab' * -1)
print([1] * 2, (2,) * 2)
a = 'a'
b = 'b'
print(a, b)
print(a * b)
