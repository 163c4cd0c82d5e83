from array import array

a = array("i", [1, 2, 3])
print(a, repr(a), a.typecode, a.itemsize, len(a))
a.append(4)
a.extend([5, 6])
print(a, a[0], a[-1], a[1:3], type(a[1:3]).__name__, sum(a))
a[0] = 100
print(a, a.index(3), a.count(3), 5 in a)
a.insert(0, -1)
a.remove(100)
print(a, a.pop(), a.pop(0), a)
a.reverse()
print(a, list(a), a.tolist())
d = array("d", [1.5, 2.25])
d.append(3)
print(d, d[2], type(d[2]).__name__, sum(d), d.itemsize)
print(array("d"), array("i"), repr(array("B", b"hi")))
b = array("B", [0, 127, 255])
print(b, b.tobytes(), list(b))
try:
    b.append(256)
except OverflowError as e:
    print("OverflowError:", e)
try:
    array("i", [1.5])
except TypeError as e:
    print("TypeError:", e)
big = array("l", [2 ** 40, -(2 ** 40)])
print(big, big.typecode, big[0] + 1)
c = array("i", range(5))
c[1:3] = array("i", [9, 9, 9])
print(c)
del c[0]
print(c, c == array("i", [9, 9, 9, 3, 4]), c + array("i", [7]), array("i", [1]) * 3)
for x in array("d", [0.5, 1.0]):
    print("item", x)
print(sorted(array("i", [3, 1, 2])), max(array("d", [1.0, 9.5])), min(array("B", [7, 3])))
e = array("i")
e.fromlist([10, 20])
print(e, len(e), bool(e), bool(array("i")))
try:
    array("q", ["x"])
except TypeError as e2:
    print("TypeError:", e2)
print(array("d", [1, 2]) == array("i", [1, 2]))
