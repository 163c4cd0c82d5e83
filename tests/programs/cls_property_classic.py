class Temperature:
    def __init__(self):
        self._c = 0.0

    def get_c(self):
        print("  get_c")
        return self._c

    def set_c(self, v):
        print("  set_c", v)
        self._c = float(v)

    def del_c(self):
        print("  del_c")
        del self._c

    celsius = property(get_c, set_c, del_c, "temperature in C")

    def _get_f(self):
        return self._c * 9 / 5 + 32

    def _set_f(self, f):
        self._c = (f - 32) * 5 / 9

    fahrenheit = property(_get_f, _set_f)


t = Temperature()
t.celsius = 100
print(t.celsius)
print(t.fahrenheit)
t.fahrenheit = 32
print(t.celsius)
print(Temperature.celsius.__doc__)
del t.celsius
print(hasattr(t, "_c"))
t.celsius = 5
print(t.fahrenheit)


class ReadOnly:
    x = property(lambda self: 42)


r = ReadOnly()
print(r.x)
try:
    r.x = 1
except AttributeError:
    print("cannot set")
try:
    del r.x
except AttributeError:
    print("cannot delete")


class Sized:
    def __init__(self, items):
        self.items = list(items)

    size = property(lambda self: len(self.items))


s = Sized("abc")
print(s.size)
s.items.append("d")
print(s.size)
p = property()
print(p.fget, p.fset, p.fdel)
