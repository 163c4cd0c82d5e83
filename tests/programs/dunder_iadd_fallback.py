class OnlyAdd:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        print("  __add__")
        return OnlyAdd(self.v + o)

    def __repr__(self):
        return "OnlyAdd(%r)" % self.v

a = OnlyAdd(1)
orig = a
a += 5
print(a, orig, a is orig)

class InPlace:
    def __init__(self):
        self.items = []

    def __iadd__(self, o):
        print("  __iadd__", o)
        self.items.append(o)
        return self

    def __isub__(self, o):
        print("  __isub__ returns NotImplemented")
        return NotImplemented

    def __sub__(self, o):
        print("  __sub__")
        return "sub-result"

p = InPlace()
same = p
p += 1
p += 2
print(p.items, p is same)
p -= 3
print(p)

class Weird:
    def __iadd__(self, o):
        return "replaced"

w = Weird()
w += 1
print(w)
lst = [1, 2]
alias = lst
lst += [3]
print(lst, alias, lst is alias)
lst = lst + [4]
print(lst, alias, lst is alias)
t = (1, 2)
t2 = t
t += (3,)
print(t, t2)
s = "ab"
s += "cd"
print(s)
d = {"k": [1]}
d["k"] += [2]
print(d)

class Holder:
    def __init__(self):
        self.n = 0
        self.lst = []

h = Holder()
h.n += 5
h.lst += ["x"]
print(h.n, h.lst)
items = [OnlyAdd(0), OnlyAdd(10)]
items[1] += 1
print(items)
try:
    x = object()
    x += 1
except TypeError as e:
    print("TypeError:", e)
