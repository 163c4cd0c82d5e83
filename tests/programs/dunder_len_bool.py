class Bag:
    def __init__(self, items):
        self.items = list(items)

    def __len__(self):
        print("  __len__")
        return len(self.items)

class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        print("  __bool__")
        return self.on

class BothLB:
    def __len__(self):
        print("  __len__ (should not be used)")
        return 0

    def __bool__(self):
        print("  __bool__ wins")
        return True

class Neither:
    pass

print(len(Bag([1, 2, 3])))
print(bool(Bag([])), bool(Bag([0])))
if Bag([]):
    print("nonempty")
else:
    print("empty bag is falsy")
print(bool(Flag(True)), bool(Flag(False)))
print(not Flag(False))
x = Flag(False) or "fallback"
print(x)
y = Flag(True) and "second"
print(y)
print(bool(BothLB()))
print(bool(Neither()))
print([i for i, o in enumerate([Bag([]), Bag([1]), Flag(False), Flag(True)]) if o])
n = 0
b = Bag([1, 2])
while b:
    b.items.pop()
    n += 1
print("popped", n)

class BadLen:
    def __len__(self):
        return -1

class BadBool:
    def __bool__(self):
        return 1

try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
try:
    len(Neither())
except TypeError as e:
    print("TypeError:", e)
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
print(bool(0), bool(""), bool([]), bool({}), bool(()), bool(None), bool(0.0), bool(set()))
print(bool(1), bool(" "), bool([0]), bool({0: 0}), bool((None,)), bool(-0.1))
