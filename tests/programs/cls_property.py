class Circle:
    def __init__(self, r):
        self._r = r
        self.log = []

    @property
    def radius(self):
        self.log.append("get")
        return self._r

    @radius.setter
    def radius(self, v):
        self.log.append("set %r" % (v,))
        if v < 0:
            raise ValueError("negative radius")
        self._r = v

    @radius.deleter
    def radius(self):
        self.log.append("del")
        self._r = None

    @property
    def area(self):
        return 3 * self._r * self._r


c = Circle(2)
print(c.radius, c.area)
c.radius = 5
print(c.radius, c.area)
try:
    c.radius = -1
except ValueError as e:
    print("ValueError:", e)
print(c.radius)
del c.radius
print(c._r)
print(c.log)
try:
    c.area = 10
except AttributeError as e:
    print("AttributeError:", e)
print(type(Circle.radius).__name__)
print(Circle.radius.fget is not None, Circle.area.fset is None)


class Base:
    def __init__(self):
        self._v = 1

    @property
    def v(self):
        return self._v * 10


class Child(Base):
    @property
    def v(self):
        return -super().v


print(Base().v, Child().v)


class Lazy:
    def __init__(self):
        self.calls = 0

    @property
    def value(self):
        self.calls += 1
        return self.calls * 100


z = Lazy()
print(z.value, z.value, z.calls)
print(getattr(z, "value"), hasattr(z, "value"))
