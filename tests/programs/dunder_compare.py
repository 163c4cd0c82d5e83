class Ver:
    def __init__(self, *parts):
        self.parts = parts

    def __repr__(self):
        return "Ver" + repr(self.parts)

    def __eq__(self, o):
        print("  eq", self, o)
        if not isinstance(o, Ver):
            return NotImplemented
        return self.parts == o.parts

    def __lt__(self, o):
        print("  lt", self, o)
        if not isinstance(o, Ver):
            return NotImplemented
        return self.parts < o.parts

    def __le__(self, o):
        if not isinstance(o, Ver):
            return NotImplemented
        return self.parts <= o.parts


a = Ver(1, 2)
b = Ver(1, 3)
print(a == b, a == Ver(1, 2), a != b)
print(a < b, b < a)
print(a > b)
print(b >= a)
print(a == 5)
print(a != "x")
try:
    a < 5
except TypeError as e:
    print("TypeError:", e)
try:
    5 >= a
except TypeError as e:
    print("TypeError:", e)


class Num:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "Num(%d)" % self.n

    def __gt__(self, o):
        print("  Num.gt", self, o)
        return self.n > (o.n if isinstance(o, Num) else o)

    def __eq__(self, o):
        print("  Num.eq", self, o)
        return self.n == (o.n if isinstance(o, Num) else o)


print(3 < Num(5))
print(Num(5) > 3)
print(3 == Num(3))
print(Num(1) < Num(2))


class Sub(Num):
    def __lt__(self, o):
        print("  Sub.lt (reflected first)")
        return True


print(Num(9) > Sub(1))
print(sorted([Ver(2), Ver(1, 5), Ver(1)]))
print([Ver(1)] == [Ver(1)], (Ver(3),) < (Ver(4),))
