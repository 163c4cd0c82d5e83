class Base:
    def __init__(self, v):
        self.v = v
        print("Base.__init__", v)

    def show(self):
        return "Base(%s)" % self.v

    @classmethod
    def make(cls, v):
        return cls(v)

class Mid(Base):
    def __init__(self, v):
        super(Mid, self).__init__(v * 2)
        print("Mid.__init__")

    def show(self):
        return "Mid<" + super(Mid, self).show() + ">"

class Leaf(Mid):
    def __init__(self, v):
        super().__init__(v + 1)

    def show(self):
        skip = super(Mid, self).show()
        normal = super().show()
        return "Leaf[" + normal + " | skip: " + skip + "]"

    @classmethod
    def make(cls, v):
        print("Leaf.make via", cls.__name__)
        return super().make(v)

leaf = Leaf(1)
print(leaf.show())
print(Leaf.make(5).show())
s = super(Leaf, leaf)
print(type(s).__name__, s.show())
print(super(Base, leaf).__str__ is not None)
bound = super(Mid, leaf).show
print(bound())

class A:
    def who(self):
        return ["A"]

class B(A):
    def who(self):
        return ["B"] + super().who()

class C(A):
    def who(self):
        return ["C"] + super().who()

class D(B, C):
    def who(self):
        return ["D"] + super().who()

d = D()
print(d.who(), super(B, d).who(), super(C, d).who())
print([k.__name__ for k in D.__mro__])

def outside(self):
    return super(D, self).who()

print(outside(d))
try:
    super(Leaf, Base(0))
except TypeError as e:
    print("TypeError:", e)
