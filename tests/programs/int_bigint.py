a = 2 ** 100
print(a)
print(a * a)
print(a - 1, a + 1)
print(-a)
print(2 ** 64, 2 ** 64 - 1, 2 ** 63, -(2 ** 63), -(2 ** 63) - 1)
print(9223372036854775807 + 1)
print(-9223372036854775808 - 1)
print(9223372036854775807 * 2)
print(3037000500 * 3037000500)
print(10 ** 50 // 7)
print(10 ** 50 % 7)
f = 1
for i in range(1, 31):
    f *= i
print(f)
print(3 ** 200)
print(7 ** 77)
print((-3) ** 101)
x = 123456789123456789123456789
y = 987654321987654321
print(x * y)
print(x // y, x % y)
print(x - y * 1000000000)
print(x == 123456789123456789123456789, x != y, x > y, x < -y)
print(len(str(2 ** 1000)))
print(str(2 ** 1000)[:20], str(2 ** 1000)[-20:])
print(abs(-(10 ** 40)))
print(int('1' * 40) + 1)
print(2 ** 100 > 1.0, 2 ** 100 == 2.0 ** 100, 2 ** 53 + 1 == 2.0 ** 53)
print(sum([2 ** 62, 2 ** 62, 2 ** 62, 2 ** 62]))
n = 1
for i in range(70):
    n = n * 3 + 1
print(n)
print(len(f'{n:b}'))
