# An attribute's class changes while loops over it run; the values' types differ per class.

class A:
    def __init__(self, v):
        self.v = v

class B:
    def __init__(self, v):
        self.v = float(v) / 2

def total(objs):
    t = 0
    for o in objs:
        t += o.v
    return t

objs = [A(i) for i in range(2000)]
print(total(objs))
for i in range(0, 2000, 3):
    objs[i].__class__ = B
    objs[i].v = i / 3
print(total(objs))

def while_cells(n):
    count = 0
    def bump():
        nonlocal count
        count += 1
    i = 0
    while i < n:
        count += 2
        i += 1
    bump()
    return count

print(while_cells(5000))

def nested(n):
    t = 0
    for i in range(n):
        for j in range(i % 50):
            t += j * i
    return t

print(nested(2000))

def tuple_loop(n):
    tu = tuple(range(100))
    s = 0
    for k in range(n):
        for x in tu:
            s += x * k
    return s

print(tuple_loop(300))
