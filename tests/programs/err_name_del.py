# name used after del
v = 'temp'
w = [v, v]
print(v, w)
del v
print('deleted', w)
print(v)
