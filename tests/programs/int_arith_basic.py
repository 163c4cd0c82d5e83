a = 17
b = 5
print(a + b, a - b, a * b, a / b)
print(a // b, a % b, a ** 2, -a)
print(+a, ~a, ~0, ~-1)
print(0 + 0, 0 * 12345, 1 - 1000000)
print(7 / 7, 1 / 4, 10 / 4, -10 / 4)
print(2 ** 0, 2 ** 1, 0 ** 0, (-2) ** 3, (-2) ** 4)
print(2 ** -1, 10 ** -2, (-2) ** -2)
x = 100
x += 5
print(x)
x -= 10
print(x)
x *= 3
print(x)
x //= 7
print(x)
x %= 9
print(x)
x **= 5
print(x)
x <<= 3
print(x)
x >>= 2
print(x)
x |= 0xF0
print(x)
x &= 0x3C
print(x)
x ^= 0xFF
print(x)
x /= 4
print(x)
print(1_000_000, 0x1F, 0o17, 0b1011, 0XaB)
print(abs(-5), abs(5), abs(0))
print(3 * -4, -3 * -4, -3 - -4)
