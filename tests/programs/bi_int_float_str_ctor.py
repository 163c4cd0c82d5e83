class Meters:
    def __init__(self, v):
        self.v = v

    def __int__(self):
        print("  __int__")
        return int(self.v)

    def __float__(self):
        print("  __float__")
        return float(self.v)

    def __str__(self):
        return "%gm" % self.v

    def __repr__(self):
        return "Meters(%r)" % self.v


m = Meters(3.75)
print(int(m), float(m), str(m), repr(m))


class OnlyIndex:
    def __index__(self):
        print("  __index__")
        return 7


oi = OnlyIndex()
print(int(oi))
print(float(oi) if hasattr(oi, "__float__") else "no __float__")
print([10, 20, 30, 40, 50, 60, 70, 80][oi], bin(oi), range(oi)[-1])
try:
    print("float via __index__:", float(oi))
except TypeError as e:
    print("TypeError:", e)
print(int("42"), int("  -17  "), int("1_000"), int(3.99), int(-3.99), int(True), int("+5"))
print(float("3.5"), float("  -1e3 "), float("inf"), float("-nan"), float(7), float("1_0.5"))
print(str(12), str(1.0), str(None), str([1, "a"]), str(b"x"), str(), int(), float())
print(int("ff", 16), int("-0b11", 0), int("z", 36), int(b"12"), float(b"2.5"))
print(bool(Meters(0)), str(Meters(0)))
for bad in ["3.5", "", "abc", "1e3", "0x10"]:
    try:
        print(int(bad))
    except ValueError as e:
        print("ValueError:", e)
for bad in ["", "1.2.3", "x"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    float([1])
except TypeError as e:
    print("TypeError:", e)


class BadInt:
    def __int__(self):
        return "not int"


try:
    int(BadInt())
except TypeError as e:
    print("TypeError:", e)


print(int(float("1e3")), round(float("2.5")), int(-0.0), float(-0), str(-0.0), int(" 7\n"))
