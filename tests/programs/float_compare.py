vals = [0.0, -0.0, 1.5, -1.5, 1e300, 2 ** 60, 3]
for a in vals:
    print(a, [a < b for b in vals], [a == b for b in vals])
print(sorted([3.5, -1, 2, 0.5, -2.25, 10 ** 3]))
print(max([1.0, 3, 2.5]), min([1.0, 3, 2.5]), max(2, 2.0), min(2.0, 2))
print(2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53)
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308, 10 ** 400 < float('inf'))
print(1 == 1.0, 0.5 == 1 / 2, 1 / 3 == 0.3333333333333333)
print(bool(0.0), bool(-0.0), bool(0.1), bool(float('nan')))
print(isinstance(1.0, float), isinstance(1, float), isinstance(1.0, (int, float)))
print(float('inf') > 10 ** 1000, hash(1.0) == hash(1), hash(0.0) == hash(-0.0))
print(0.1 < 0.2 < 0.30000000000000004, 0.1 + 0.2 <= 0.3)
