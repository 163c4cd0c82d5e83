a = 1
b = [1, 2, 3, 4, 5, 6]
c = {'x': 1, 'y': 2, 'z': 3}
del a
print('deleted a')
del b[0]
print(b)
del b[-1], b[0]
print(b)
del b[:]
print(b, len(b))
b = list(range(10))
del b[2:8:2]
print(b)
del b[5:]
print(b)
del c['y']
print(c)
x, y, z = 1, 2, 3
del x, y
z += 1
print(z)
nested = {'k': [1, {'inner': 5, 'other': 6}]}
del nested['k'][1]['inner']
print(nested)
del nested['k'][0]
print(nested)
a = 'rebound'
print(a)
def f():
    local = 5
    del local
    local = 6
    return local
print(f())
m = [[1, 2], [3, 4]]
del m[0][1]
del m[1]
print(m)
