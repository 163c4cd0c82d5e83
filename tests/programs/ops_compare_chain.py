a, b, c = 1, 2, 3
print(a < b < c, a < c < b, c > b > a, a == 1 < b, a != b != a, a < b == 2)
print(1 < 2 <= 2 < 3 != 4 > 0, 5 > 4 > 3 > 2 > 1 > 0, 5 > 4 > 3 > 2 > 1 > 1)
print(a in [1, 2] in [[1, 2]], 'a' in 'abc' == True, a < b is not None)
print(1 == 1.0 == True, 0 == False == 0.0, 'a' < 'b' < 'c')
print([1, 2] < [1, 2, 3] < [1, 3], (1,) < (1, 0) < (2,))
x = 15
if 10 <= x < 20:
    print('teen-ish')
if not 0 < x < 10:
    print('not single digit')
print(-1 < 0 < 1, -(2 ** 70) < 0 < 2 ** 70, 0.5 < 1 < 1.5)
print(min(3, 1, 2) < max(3, 1, 2) > 2)
print(x is x, None is None is None, x is not None is not None)
for v in [-5, 0, 5, 10, 15]:
    print(v, 0 < v < 10, 0 <= v <= 10, v == 5 or v == 15)
