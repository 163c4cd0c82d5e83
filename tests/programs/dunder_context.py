class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress

with CM("a") as v:
    print("body", v)
with CM("b", suppress=True) as v:
    print("body", v)
    raise ValueError("boom")
    print("not reached")
print("after b")
try:
    with CM("c") as v:
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))
with CM("outer", True), CM("inner") as iv:
    print("nested body", iv)
    1 / 0
print("after nested")

def f():
    with CM("in-func"):
        return "returned value"

print(f())
for i in range(3):
    with CM("loop%d" % i):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop body", i)

class NoReturn:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        print("exit args len", len(args))

with NoReturn() as nr:
    print(type(nr).__name__)

class Falsy:
    def __enter__(self):
        pass

    def __exit__(self, *a):
        return 0

try:
    with Falsy() as nothing:
        print("as target is", nothing)
        raise RuntimeError("not suppressed by 0")
except RuntimeError as e:
    print("RuntimeError:", e)

class Truthy:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return "yes"

with Truthy():
    raise IndexError
print("suppressed by truthy string")
try:
    with object():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)
