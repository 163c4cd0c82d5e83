# integer floor division by zero
print('before', 7 // 2, -7 // 2, 7 // -2)
print(0 // 5, 0 // -5, -1 // 10)
print(10 ** 20 // 3, -(10 ** 20) // 3)
vals = [4, 2, 1]
for v in vals:
    print(100 // v, -100 // v)
x = 0
print('x is', x)
print(1 // x)
print('not reached')
