# int() of a float-looking string
print(int(2.7), int(float('2.7')), float('2.7'))
print(int('2.7'))
