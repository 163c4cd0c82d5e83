class Temp:
    scale = "C"
    created = 0

    def __init__(self, deg):
        self.deg = deg
        type(self).created += 1

    @classmethod
    def from_f(cls, f):
        print("from_f on", cls.__name__)
        return cls((f - 32) * 5 / 9)

    @classmethod
    def from_string(cls, s):
        num, unit = s[:-1], s[-1]
        if unit == "F":
            return cls.from_f(float(num))
        return cls(float(num))

    @staticmethod
    def is_valid(d):
        return d >= -273.15

    def show(self):
        return "%s(%.2f%s)" % (type(self).__name__, self.deg, self.scale)


class Kelvinish(Temp):
    scale = "K?"

    @classmethod
    def describe(cls):
        return "class " + cls.__name__ + " scale " + cls.scale


t = Temp.from_f(212)
print(t.show(), type(t).__name__)
k = Kelvinish.from_f(32)
print(k.show(), type(k).__name__, isinstance(k, Temp))
s = Kelvinish.from_string("50F")
print(s.show())
s2 = Temp.from_string("20C")
print(s2.show())
print(Temp.is_valid(-300), Temp.is_valid(0), t.is_valid(-1))
print(Kelvinish.is_valid(-273.15))
print(Kelvinish.describe(), k.describe())
print(Temp.created, Kelvinish.created)
inst_cm = k.from_f
print(inst_cm(50).show())
sm = Temp.is_valid
print(sm(5), callable(sm))
print(type(Temp.__dict__["is_valid"]).__name__, type(Temp.__dict__["from_f"]).__name__)


class Registry:
    items = []

    @classmethod
    def add(cls, x):
        cls.items.append(x)
        return len(cls.items)

    @staticmethod
    def helper(a, b=2):
        return a * b


print(Registry.add("a"), Registry.add("b"), Registry().add("c"))
print(Registry.items)
print(Registry.helper(3), Registry().helper(3, b=5))
