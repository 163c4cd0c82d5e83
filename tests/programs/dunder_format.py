class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __format__(self, spec):
        print("  __format__ spec=%r" % spec)
        if spec == "":
            return "Vec(%s, %s)" % (self.x, self.y)
        if spec == "polar":
            return "polar-form"
        return "(" + format(self.x, spec) + ", " + format(self.y, spec) + ")"

    def __str__(self):
        return "str-vec"


v = Vec(1.23456, 2.5)
print(format(v))
print(format(v, ".2f"))
print(f"{v}")
print(f"{v:polar}")
print(f"{v:>8.1f}")
print("{:e}".format(v))
print("{0:.3f} and {0}".format(v))
width = 7
print(f"{v:{width}.2f}")
print(str(v), f"{v!s}")


class NoFormat:
    def __str__(self):
        return "nf"


print(format(NoFormat()), f"{NoFormat()}", f"{NoFormat()!s:>5}|")
try:
    format(NoFormat(), "x")
except TypeError as e:
    print("TypeError:", e)


class Money:
    def __init__(self, c):
        self.c = c

    def __format__(self, spec):
        amount = self.c / 100
        if spec.endswith("$"):
            return "$" + format(amount, spec[:-1] or ",.2f")
        return format(amount, spec)


m = Money(123456789)
print(f"{m:$}", f"{m:.1f$}", f"{m:,.0f}", f"{m:>15,.2f}|")
items = [Money(150), Money(99), Money(100000)]
for it in items:
    print(f"|{it:>12.2f}|{it:$}|")


class IntSub(int):
    pass


print(format(IntSub(255), "x"), f"{IntSub(7):03d}")
