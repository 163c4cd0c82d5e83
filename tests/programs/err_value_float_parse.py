# float() of garbage
print(float('1.5'), float('-inf'), float(' 1e3 '), float('nan'))
print(float('1.5.2'))
