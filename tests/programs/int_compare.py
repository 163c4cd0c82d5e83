vals = [-3, 0, 2, 2 ** 70, -(2 ** 70), 5]
for a in vals:
    row = []
    for b in vals:
        row.append((a < b, a <= b, a == b, a != b, a > b, a >= b))
    print(a, row[0], row[3])
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 < 2 > 0, 1 == 1 == 1, 1 == 1 != 1)
print(0 <= 5 < 10, 0 <= 15 < 10, -1 < 0 < 1 < 2 < 3)
x = 5
print(1 < x <= 5, 1 < x < 5, x == 5.0, x < 5.5, x > 4.999)
print(2 ** 64 > 2 ** 63, -(2 ** 64) < -(2 ** 63), 2 ** 64 == 18446744073709551616)
print(True > False, True == 1, False < 1, True + True)
print(max(vals), min(vals), sorted(vals))
print(sorted(vals, reverse=True))
print(1 < 2.5, 3 > 2.5, 2 == 2.0, 10 ** 20 == 1e20, 10 ** 16 + 1 == 1e16)
