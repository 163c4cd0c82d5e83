# missing int key after del
d = {i: i * i for i in range(5)}
print(d)
del d[2]
print(d, 2 in d, d.get(2))
print(d[2])
