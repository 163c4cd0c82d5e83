class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def total(self):
        return self.x + self.y


p = P(1, 2)
print(p.x, p.y, p.total())
p.x = 10
print(p.total())
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "__dict__"))
print(P.__slots__)
q = P.__new__(P)
try:
    print(q.x)
except AttributeError as e:
    print("AttributeError:", e)
q.x = 5
print(q.x, hasattr(q, "y"))
del p.y
print(hasattr(p, "y"))
try:
    del p.y
except AttributeError as e:
    print("AttributeError on second del")


class P3(P):
    __slots__ = ("z",)

    def total(self):
        return super().total() + self.z


p3 = P3(1, 2)
p3.z = 3
print(p3.total())
try:
    p3.w = 1
except AttributeError:
    print("no w on P3")


class Loose(P):
    pass


lo = Loose(4, 5)
lo.w = 6
print(lo.total(), lo.w)


class WithList:
    __slots__ = ["a"]
    kind = "class-attr"


w = WithList()
w.a = [1]
print(w.a, w.kind)
try:
    w.kind = "x"
except AttributeError:
    print("class attr is read-only through slotted instance")
