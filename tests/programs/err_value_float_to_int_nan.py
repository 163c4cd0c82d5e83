# int() of nan
print(int(1.5), round(2.5), int(-0.0))
print(int(float('nan')))
