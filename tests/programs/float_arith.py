a = 7.5
b = -2.0
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2, -7.5 % -2)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(1.0, 0.1), divmod(-1.0, 0.3))
print(5.0 % 3.0, -5.0 % 3.0, 1e20 % 3.0, 0.0 % 5.0, -0.0 % 5.0)
print(3 + 0.5, 3 * 1.5, 3 / 2.0, 3 // 2.0, 2 ** 0.5, 2.0 ** 3, 4 ** 0.5)
print((-8.0) ** 3, 0.0 ** 0, 1.5 ** 2, 10 ** -1)
print(abs(-2.5), abs(2.5), abs(-0.0), -abs(3.0))
inf = float('inf')
nan = float('nan')
print(inf + 1, inf - inf, inf * 0, inf * -1, 1 / inf, -1 / inf, inf / inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, inf > 10 ** 300, -inf < -(10 ** 300))
print(inf == inf, inf == float("inf"), nan in [1.0, 2.0])
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
x = 1.0
for i in range(10):
    x /= 3
print(x)
x = 0.0
for i in range(10):
    x += 0.1
print(x, x == 1.0)
y = 1.5
y += 1
y *= 2
y -= 0.25
y /= 2
y **= 2
y //= 1.5
y %= 4
print(y)
print(min(1.5, 2, -0.5), max(1, 1.0), max(1.0, 1), sum([0.1] * 10), sum([1, 2.5], 0.5))
print(1.5 < 2 < 2.5, 2.0 == 2, -0.0 < 0.0, 0.1 + 0.2 > 0.3)
