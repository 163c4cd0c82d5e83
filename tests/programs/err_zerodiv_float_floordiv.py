# float floor division by zero
print(7.0 // 2, -7.0 // 2, 7 // 2.5)
print(1e300 // 1e-10)
z = -0.0
print('z', z)
print(5.0 // z)
