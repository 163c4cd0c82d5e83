class Vehicle:
    pass


class Car(Vehicle):
    pass


class Boat(Vehicle):
    pass


class Amphi(Car, Boat):
    pass


objs = [Vehicle(), Car(), Boat(), Amphi(), 3, "s", None]
for o in objs:
    print(type(o).__name__,
          isinstance(o, Vehicle),
          isinstance(o, (Car, Boat)),
          isinstance(o, (int, str)),
          o.__class__ is type(o))

print(issubclass(Amphi, Car), issubclass(Amphi, (int, Boat)), issubclass(Car, Boat))
print(issubclass(Car, Car), issubclass(bool, int), issubclass(int, (str, float)))
print(isinstance(True, int), isinstance(1, bool), isinstance(1.0, (int, float)))
print(isinstance(Car, type), isinstance(Car(), type), type(Car), type(type))
print(type(Car()), Car, Amphi.__name__, Car.__module__)
print(isinstance(Car(), object), issubclass(Amphi, object))
print(isinstance(3, (list, (dict, (int,)))))
a = Amphi()
print(type(a) is Amphi, type(a) == Car, isinstance(a, Car))
print(a.__class__.__name__, a.__class__.__bases__)
print(type(a).__mro__[1].__name__)
t = type(a)
b = t()
print(type(b).__name__, isinstance(b, Boat))
try:
    isinstance(a, "Car")
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(a, Car)
except TypeError as e:
    print("TypeError:", e)
print([type(x).__name__ for x in (1, 1.5, "a", b"b", [], (), {}, set(), None, True, len)])
