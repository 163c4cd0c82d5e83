class Proxy:
    cls_level = "class value"

    def __init__(self, target):
        self._target = target
        self.hits = 0

    def __getattr__(self, name):
        print("  __getattr__", name)
        if name.startswith("virt_"):
            return name[5:].upper()
        return getattr(self._target, name)

p = Proxy([3, 1, 2])
print(p.hits)
print(p.cls_level)
print(p.virt_hello)
p.append(0)
print(p._target)
print(p.count(1))
print(hasattr(p, "virt_x"), hasattr(p, "nonexistent"))
print(getattr(p, "missing_attr", "dflt"))
p.virt_set = "real now"
print(p.virt_set)

class Dyn:
    def __getattr__(self, name):
        if name == "dynamic":
            return 42
        raise AttributeError("Dyn has no %r" % name)

d = Dyn()
print(d.dynamic)
try:
    d.other
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(d, "other", "fallback"))

class Defaults:
    defaults = {"color": "red", "size": 3}

    def __init__(self, **kw):
        self.__dict__.update(kw)

    def __getattr__(self, name):
        try:
            return Defaults.defaults[name]
        except KeyError:
            raise AttributeError(name) from None

o = Defaults(size=10)
print(o.size, o.color)
try:
    o.weight
except AttributeError as e:
    print("AttributeError:", repr(e))

class Tracing:
    def __init__(self):
        self.real = 1

    def __getattribute__(self, name):
        if not name.startswith("_"):
            print("  getattribute", name)
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return "missing:" + name

t = Tracing()
print(t.real)
print(t.nothere)

class Attrs:
    def __setattr__(self, name, value):
        print("  setattr", name, value)
        object.__setattr__(self, name, value * 2)

    def __delattr__(self, name):
        print("  delattr", name)
        object.__delattr__(self, name)

a = Attrs()
a.x = 5
print(a.x)
del a.x
print(hasattr(a, "x"))
