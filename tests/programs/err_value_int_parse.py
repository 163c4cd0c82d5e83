# int() of a non-numeric string
print(int('42'), int(' -7 '), int('1_000'), int('0'), int('-0'))
print(int('ff', 16), int('0b11', 2))
for s in ['12', ' 3 ', 'abc']:
    print('parsing', repr(s))
    print(int(s))
