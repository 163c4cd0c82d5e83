class Meters:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        if isinstance(o, Meters):
            return Meters(self.v + o.v)
        if isinstance(o, int):
            return Meters(self.v + o)
        return NotImplemented

    def __radd__(self, o):
        print("  __radd__ with", repr(o))
        if o == 0:
            return self
        return self.__add__(o)

    def __repr__(self):
        return "Meters(%r)" % self.v


ms = [Meters(1), Meters(2), Meters(3)]
print(sum(ms))
print(sum(ms, Meters(100)))
print(sum([], Meters(0)))
print(sum([Meters(5)]))
print(sum(m for m in ms if m.v > 1))
print(10 + Meters(1))


class NoRadd:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return NoRadd(self.v + (o.v if isinstance(o, NoRadd) else o))


try:
    sum([NoRadd(1), NoRadd(2)])
except TypeError as e:
    print("TypeError:", e)
print(sum([NoRadd(1), NoRadd(2)], NoRadd(0)).v)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
print(sum([[1], [2, 3]], []))
print(sum([(1,), (2,)], ()))
print(sum([0.1] * 10), sum([1, 2.5]), sum(range(101)), sum([True, True, False]))
print(sum([1, 2, 3], start=10))
