import random
print('½'.isnumeric(), '¼'.isnumeric(), 'Ⅻ'.isnumeric(), '一'.isnumeric(), '²'.isdecimal(), '①'.isdecimal(), '²'.isdigit(), '١٢'.isdecimal(), '12'.isdecimal())
print('ǅa'.islower(), 'ǅA'.isupper(), 'abc'.islower(), 'ABC1'.isupper(), '1'.islower(), 'ß'.islower())
random.seed(3); print(random.triangular(1, 1, 1), random.random())
