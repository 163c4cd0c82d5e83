class Cfg:
    debug = False

    def __init__(self):
        self.level = 1


c = Cfg()
print(getattr(c, "level"), getattr(c, "debug"), getattr(c, "nope", "fallback"), getattr(Cfg, "debug"))
print(hasattr(c, "level"), hasattr(c, "__init__"), hasattr(c, "zzz"), hasattr(Cfg, "level"))
setattr(c, "level", 5)
setattr(c, "name", "svc")
setattr(Cfg, "debug", True)
print(c.level, c.name, c.debug, Cfg().debug)
delattr(c, "name")
print(hasattr(c, "name"), sorted(vars(c)))
try:
    delattr(c, "name")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(c, "missing")
except AttributeError as e:
    print("AttributeError:", e)
print(getattr([1, 2], "count")(1), getattr("s", "join")(["a", "b"]), getattr(5, "bit_length")())
print(getattr(c, "level", None), getattr(c, "x", None) is None)
for attr in ["real", "imag", "numerator", "denominator"]:
    print(attr, getattr(7, attr))
try:
    setattr("str", "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    setattr(c, 1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    hasattr(c, None)
except TypeError as e:
    print("TypeError:", e)


class Guard:
    def __getattr__(self, name):
        raise ValueError("not an AttributeError")


try:
    hasattr(Guard(), "x")
except ValueError as e:
    print("ValueError propagates from hasattr:", e)
try:
    getattr(Guard(), "x", "default not used")
except ValueError as e:
    print("ValueError propagates from getattr:", e)
fields = ["a", "b", "c"]
obj = Cfg()
for i, f in enumerate(fields):
    setattr(obj, f, i)
print([getattr(obj, f) for f in fields], sum(getattr(obj, f) for f in fields))
print(getattr(Cfg, "__name__"), getattr(getattr(obj, "__class__"), "__name__"))
