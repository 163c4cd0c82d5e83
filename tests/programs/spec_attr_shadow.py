# Specialization stress: LOAD_ATTR sites whose answer changes because
# instance attributes shadow class attributes/methods, classes are mutated
# after their methods were cached, subclasses override later, and
# __class__ is reassigned.


class C:
    color = "red"

    def __init__(self, n):
        self.n = n

    def m(self):
        return "C.m%d" % self.n


class D(C):
    pass


class Other:
    color = "other-color"

    def __init__(self):
        self.n = -1

    def m(self):
        return "Other.m"


def get_color(o):
    return o.color


def call_m(o):
    return o.m()


def loop(f, o, n):
    last = None
    for i in range(n):
        last = f(o)
    return last


a = C(1)
b = C(2)
d = D(3)
print("1", loop(get_color, a, 2000), loop(call_m, a, 2000), loop(call_m, d, 2000))

a.color = "blue"          # instance attr shadows class attr
print("2", get_color(a), get_color(b), loop(get_color, a, 100), loop(get_color, b, 100))
del a.color
print("3", get_color(a), loop(get_color, a, 100))

a.m = lambda: "instance-lambda"   # instance attr shadows method
print("4", call_m(a), call_m(b), loop(call_m, a, 100), loop(call_m, b, 100))
del a.m
print("5", call_m(a), loop(call_m, a, 100))

# Replace the method on the class after many cached calls.
out = []
for i in range(3000):
    out.append(call_m(b))
    if i == 1500:
        C.m = lambda self: "new-m%d" % self.n
print("6", out[1500], out[1501], out[-1], call_m(d))

# Subclass overrides later; base changes later still.
D.m = lambda self: "D.m"
print("7", call_m(d), call_m(b), loop(call_m, d, 100))
C.color = "green"
print("8", get_color(d), get_color(b), loop(get_color, d, 100))
D.color = "purple"
print("9", get_color(d), get_color(b))
del D.m
del D.color
print("10", call_m(d), get_color(d), loop(call_m, d, 100))

# Class gains a data descriptor (property) that beats the instance dict.
b.color = "inst-color"
print("11", loop(get_color, b, 200))
C.color = property(lambda self: "prop-color")
print("12", get_color(b), get_color(a), get_color(d), loop(get_color, b, 200))
C.color = "plain-again"
print("13", get_color(b), get_color(a))

# staticmethod / classmethod swapped in at the same call site.
C.m = staticmethod(lambda: "static")
print("14", loop(call_m, a, 100))
C.m = classmethod(lambda cls: "classm:" + cls.__name__)
print("15", loop(call_m, a, 100), call_m(d))
C.m = lambda self: "plain%d" % self.n
print("16", loop(call_m, a, 100), call_m(d))

# __class__ assignment on an instance seen by warm sites.
x = C(7)
seq = []
for i in range(2500):
    if i == 1000:
        x.__class__ = D
    if i == 1700:
        x.__class__ = Other
    if i == 2200:
        x.__class__ = C
    if i % 250 == 0 or i in (1000, 1700, 2200):
        seq.append((i, get_color(x), call_m(x), type(x).__name__))
    else:
        get_color(x)
        call_m(x)
print("17", seq)

# Reading attributes through the class object itself.
def cls_attr(k):
    return k.color


print("18", loop(cls_attr, C, 500), loop(cls_attr, D, 500), cls_attr(Other))
C.color = 42
print("19", cls_attr(C), cls_attr(D), loop(cls_attr, D, 100))
D.color = "dd"
print("20", cls_attr(C), cls_attr(D))
