# float true division by zero
print(1.0 / 4, -1.0 / 4, 0.0 / 1.0)
print(divmod(7.0, 2.0), 7.5 // 2.0, 7.5 % 2.0)
inf = float('inf')
print(1.0 / inf, inf / 1e308)
d = 0.0
print('dividing by', d, -d)
print(1.0 / d)
