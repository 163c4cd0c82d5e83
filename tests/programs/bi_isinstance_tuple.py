values = [0, 1.5, "s", b"b", [1], (1,), {1: 2}, {1}, None, True, range(2), len]
numeric = (int, float)
seqs = (list, tuple, str, bytes, range)
for v in values:
    print(type(v).__name__.ljust(27),
          isinstance(v, numeric),
          isinstance(v, seqs),
          isinstance(v, (dict, set)),
          isinstance(v, (type(None),)),
          isinstance(v, ()))
print(isinstance(True, int), isinstance(True, (float, bool)), type(True) is int)
print(isinstance(1, (str, (list, (int,)))))
print(issubclass(bool, (str, int)), issubclass(int, ()), issubclass(list, (object,)))


class Animal:
    pass


class Dog(Animal):
    pass


class Robot:
    pass


kinds = (Dog, Robot)
for o in [Animal(), Dog(), Robot(), 5]:
    print(type(o).__name__, isinstance(o, kinds), isinstance(o, Animal), isinstance(o, (Animal, int)))


def describe(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, (int, float)):
        return "number"
    if isinstance(x, str):
        return "string"
    if isinstance(x, (list, tuple)):
        return "sequence of %d" % len(x)
    if isinstance(x, dict):
        return "mapping"
    return "other:" + type(x).__name__


print([describe(x) for x in [True, 3, 2.5, "a", [1, 2], (), {}, None, Dog()]])
try:
    isinstance(1, [int])
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(int, type), isinstance(type, type), isinstance(type, object), isinstance(object, type))
