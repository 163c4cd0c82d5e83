for s in ['0', '-0', '1.', '.5', '1e5', '1E-5', '  2.5  ', '+3.0', '1_000.5', 'inf', '-INF', 'Infinity', 'nan', '-nan', '1e500', '-1e500', '1e-400', '12']:
    print(repr(s), float(s))
print(str(1.0), str(1e16), str(1.5e-7), str(123.456e5), str(-2.0 ** 0.5))
for v in [1e15, 1e16, 1e17, 0.0001, 0.00001, 123456789012345.6, 1234567890123456.7, 0.1 ** 10]:
    print(v, str(v), repr(v), f'{v}', '%s' % v, '%r' % v)
print(float(2 ** 1023))
print(float(2 ** 53 + 1), float(-(2 ** 63)), float(10 ** 22), float(10 ** 23))
print(int(float('1e22')), int(1e23), int(-1e23))
print(0.1 + 0.2 - 0.3, 1 - 1e-16, 1 + 1e-16, 1 + 2e-16)
print(2.5e-5, 2.5e-4, 1e21, 1e20 * 10, 5e-324 / 2)
