x = 10
name = "module-level"
print(globals()["x"], globals()["name"], "x" in globals(), "undefined" in globals())
globals()["created_dynamically"] = 123
print(created_dynamically)
g = globals()
g["x"] = 11
print(x, g is globals(), globals()["__name__"])

def func(a, b=2, *args, **kw):
    c = a + b
    loc = locals()
    return sorted(loc.items())

print(func(1))
print(func(1, 3, 4, 5, k="v"))

def inner_locals():
    p = 1
    q = [2]
    before = sorted(locals())
    r = 3
    after = sorted(locals())
    return before, after

print(inner_locals())

def reads_global():
    return x + 1

def writes_global():
    global x
    x = 100
    return sorted(k for k in locals())

print(reads_global(), writes_global(), x, reads_global())

class Thing:
    kind = "t"

    def __init__(self):
        self.a = 1
        self.b = [2]

t = Thing()
print(vars(t), sorted(vars(Thing).keys() - {"__dict__", "__weakref__", "__module__", "__doc__"}))
vars(t)["c"] = 3
print(t.c)
print(sorted(k for k in vars() if not k.startswith("__"))[:6])
print(vars() is globals())

def closure():
    outer = "o"

    def inner():
        return sorted(locals().items())
    return inner()

print(closure())

def closure2():
    outer = "o"

    def inner():
        y = outer
        return sorted(locals().items())
    return inner()

print(closure2())
print(type(globals()).__name__, type(locals()).__name__)
