class Obj:
    cls_attr = "C"

    def __init__(self):
        self.x = 1


o = Obj()
print(getattr(o, "x"), getattr(o, "cls_attr"))
print(getattr(o, "missing", "default"), getattr(o, "missing", None))
print(hasattr(o, "x"), hasattr(o, "y"), hasattr(o, "cls_attr"))
setattr(o, "y", 2)
print(o.y, hasattr(o, "y"))
setattr(o, "with space", 3)
print(getattr(o, "with space"), sorted(vars(o)))
delattr(o, "y")
print(hasattr(o, "y"))
try:
    getattr(o, "nope")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(o, "nope")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(o, 5)
except TypeError as e:
    print("TypeError:", e)
for name in ["x", "cls_attr", "zzz"]:
    print(name, getattr(o, name, "<none>"))
m = getattr(o, "__init__")
print(callable(m))
setattr(Obj, "added", lambda self: self.x * 100)
print(o.added())
fields = {"a": 1, "b": [2], "c": "three"}
for k, v in fields.items():
    setattr(o, k, v)
print([getattr(o, k) for k in sorted(fields)])
print(getattr(getattr(o, "b"), "__len__")())
print(getattr(3, "real"), getattr("abc", "upper")())
print(hasattr(None, "x"), hasattr([], "append"))
delattr(Obj, "added")
print(hasattr(o, "added"))
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
