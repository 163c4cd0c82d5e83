n = 2 ** 1000
s = str(n)
print(len(s), s[:10], s[-10:], int(s) == n, int('-' + s) == -n)
print(sum([int(d) for d in s]))
f = 1
for i in range(2, 200):
    f *= i
fs = str(f)
print(len(fs), fs[:25], fs.count('0'), len(fs) - len(fs.rstrip('0')))
print(int('9' * 100) + 1 == 10 ** 100, str(10 ** 100 - 1).count('9'))
print(-(10 ** 40), str(-(2 ** 200)), repr(3 ** 100))
print(f'{2 ** 100:,}', f'{-(10 ** 25):>40}', f'{2 ** 70:040d}')
print('%d|%30d|%-30d|' % (2 ** 90, 2 ** 90, -(2 ** 90)))
x = 12345678901234567890
print(x * x * x, x ** 5 // x ** 3 == x * x, (x * x) % 1000000007)
print(int('  -123456789012345678901234567890  '), int('+0000000000000000000001'))
print(int('1' * 30, 2), int('z' * 20, 36), int('7' * 30, 8))
print(f'{2 ** 128:x}', f'{2 ** 128 - 1:X}', f'{-(2 ** 65):b}', f'{3 ** 40:o}')
big_neg = -(3 ** 90)
print(big_neg // 1000, big_neg % 1000, abs(big_neg) // 1000)
print(str(2 ** 64)[::-1], str(2 ** 64)[::4])
