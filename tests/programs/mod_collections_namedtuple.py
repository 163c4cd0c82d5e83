from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[1], len(p))
print(Point._fields, type(p).__name__, isinstance(p, tuple))
q = p._replace(y=20)
print(p, q)
print(p._asdict(), dict(q._asdict()))
x, y = p
print(x, y, p == (1, 2), p + (3,), list(p))
P3 = namedtuple("P3", "x y z")
print(P3(1, 2, 3), P3._fields)
P4 = namedtuple("P4", "a, b")
print(P4(b=2, a=1))
print(Point._make([5, 6]), Point(*[7, 8]), Point(**{"x": 9, "y": 10}))
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
WithDef = namedtuple("WithDef", ["a", "b", "c"], defaults=[0, "d"])
print(WithDef(1), WithDef(1, 2), WithDef._field_defaults)
R = namedtuple("R", ["name", "class", "def"], rename=True)
print(R._fields)
pts = [Point(3, 1), Point(1, 2), Point(2, 0)]
print(sorted(pts), sorted(pts, key=lambda pt: pt.y), max(pts))
d = {Point(0, 0): "origin"}
print(d[Point(0, 0)], d[(0, 0)])


class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def norm1(self):
        return abs(self.x) + abs(self.y)


v = Vec(1, -2) + Vec(3, 4)
print(v, v.norm1(), repr(Vec(0, 0)))
print(p.count(1), p.index(2), hash(p) == hash((1, 2)))
