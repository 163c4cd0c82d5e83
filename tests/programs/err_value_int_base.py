# digit not valid for base
print(int('ff', 16), int('z', 36), int('101', 2), int('17', 8))
print(int('12', 2))
