class Mutable:
    __hash__ = None

    def __init__(self, v):
        self.v = v

m = Mutable(1)
try:
    hash(m)
except TypeError as e:
    print("TypeError:", e)
try:
    {m: 1}
except TypeError as e:
    print("TypeError:", e)
try:
    s = set()
    s.add(m)
except TypeError as e:
    print("TypeError:", e)

class EqNoHash:
    def __eq__(self, o):
        return True

print(EqNoHash.__hash__)
try:
    {EqNoHash()}
except TypeError as e:
    print("TypeError:", e)

class EqWithHash:
    def __eq__(self, o):
        return True

    def __hash__(self):
        return 7

print(len({EqWithHash(), EqWithHash()}))

class Child(EqWithHash):
    pass

print(len({Child(), Child()}))

class Child2(EqWithHash):
    def __eq__(self, o):
        return False

try:
    hash(Child2())
except TypeError as e:
    print("TypeError:", e)
for bad in ([1], {"a": 1}, {1}, bytearray(b"x")):
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    {[1, 2]: "x"}
except TypeError as e:
    print("TypeError:", e)
try:
    {1: 2}[[1]]
except TypeError as e:
    print("TypeError:", e)
try:
    (1, [2]) in {(1, 2)}
except TypeError as e:
    print("TypeError:", e)
print(hash((1, 2)) == hash((1, 2)), hash(1) == hash(1.0), hash(True) == hash(1))
print(isinstance(hash("x"), int))
