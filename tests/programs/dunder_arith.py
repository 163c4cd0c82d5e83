class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "V(%r, %r)" % (self.x, self.y)

    def __add__(self, o):
        print("  __add__", self, o)
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        if isinstance(o, (int, float)):
            return V(self.x + o, self.y + o)
        return NotImplemented

    def __radd__(self, o):
        print("  __radd__", self, o)
        return self.__add__(o)

    def __iadd__(self, o):
        print("  __iadd__", self, o)
        self.x += o.x
        self.y += o.y
        return self

    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        print("  __mul__", k)
        if isinstance(k, V):
            return self.x * k.x + self.y * k.y
        return V(self.x * k, self.y * k)

    def __rmul__(self, k):
        print("  __rmul__", k)
        return V(self.x * k, self.y * k)


a = V(1, 2)
b = V(10, 20)
print(a + b)
print(a + 5)
print(5 + a)
print(2.5 + a)
print(b - a)
print(a * 3)
print(3 * a)
print(a * b)
c = a
c += b
print(c, a, c is a)
d = V(0, 0)
orig = d
d -= V(1, 1)
print(d, orig, d is orig)
try:
    a + "s"
except TypeError as e:
    print("TypeError:", e)
try:
    "s" + a
except TypeError as e:
    print("TypeError:", e)
try:
    a - 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    [1] * a
except TypeError as e:
    print("TypeError:", e)
print(sum([V(1, 1), V(2, 2)], V(0, 0)))
