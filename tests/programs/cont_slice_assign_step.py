a = list(range(10))
a[::2] = ["e"] * 5
print(a)
a = list(range(10))
a[1::3] = [100, 200, 300]
print(a)
a = list(range(10))
a[::-3] = "wxyz"
print(a)
a = list(range(6))
try:
    a[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
a[1:4] = []
print(a)
a[1:1] = range(3)
print(a)
a[:] = "xy"
print(a)
a = list(range(8))
a[2:5] = [9]
print(a)
a[-2:] = [7, 7, 7, 7]
print(a)
a[10:] = ["tail"]
print(a)
a[:0] = ["head"]
print(a)
b = list(range(10))
del b[::3]
print(b)
del b[::-2]
print(b)
del b[1:3]
print(b)
c = list(range(5))
c[3:1] = ["ins"]
print(c)
d = list(range(6))
d[::2] = (x * 10 for x in range(3))
print(d)
e = [1, 2, 3]
e[0:2] = e
print(e)
f = list(range(5))
f[::-1] = f
print(f)
ba = bytearray(b"abcdef")
ba[::2] = b"XYZ"
print(ba)
del ba[1::2]
print(ba)
try:
    t = (1, 2, 3)
    t[0:1] = [5]
except TypeError as e:
    print("TypeError:", e)
try:
    s = "abc"
    s[0] = "z"
except TypeError as e:
    print("TypeError:", e)
try:
    x = [1, 2]
    x[0:1] = 5
except TypeError as e:
    print("TypeError:", e)
