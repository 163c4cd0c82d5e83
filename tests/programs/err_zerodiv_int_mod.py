# integer modulo by zero (message differs from //)
print(10 % 3, -10 % 3, 10 % -3, -10 % -3)
print(0 % 7, 7 % 7, 2 ** 70 % 10)
vals = [5, 3, 0, 2]
for v in vals:
    print('10 %', v, '=', 10 % v)
print('unreachable')
