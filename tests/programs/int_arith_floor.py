pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (1, 7), (-1, 7),
         (6, 3), (-6, 3), (6, -3), (100, 7), (-100, 7), (100, -7), (-100, -7)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
for a, b in pairs:
    q, r = divmod(a, b)
    print(q * b + r == a, r == 0 or (r > 0) == (b > 0))
big = 10 ** 30 + 7
print(big // 3, big % 3)
print(-big // 3, -big % 3)
print(big // -3, big % -3)
print(-big // -3, -big % -3)
print(divmod(-big, 10 ** 15))
print(divmod(big, -(10 ** 15)))
print(-7 // 1, -7 % 1, 7 % -1)
print((-2) ** 63 // 3, (-2) ** 63 % 5)
print(-(2 ** 64) // (2 ** 32), -(2 ** 64) % (2 ** 32 + 1))
print(12345678901234567890 // -987654321, 12345678901234567890 % -987654321)
