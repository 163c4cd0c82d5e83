# float() of a huge int
print(float(10 ** 300), float(2 ** 1023))
print(float(10 ** 400))
