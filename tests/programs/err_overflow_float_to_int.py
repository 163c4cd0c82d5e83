# int() of infinity
print(int(1e300) > 0, int(-1e300) < 0)
print(int(float('inf')))
