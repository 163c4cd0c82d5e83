class Rec:
    kind = "rec"

    def __init__(self, a, b):
        self.a = a
        self.b = b

    def method(self):
        return self.a


r = Rec(1, "two")
print(r.__dict__)
print(vars(r))
print(vars(r) is r.__dict__)
r.c = [3]
print(r.__dict__)
r.__dict__["d"] = 4.5
print(r.d, sorted(vars(r).items()))
del r.__dict__["a"]
print(hasattr(r, "a"), list(vars(r)))
vars(r)["kind"] = "shadow"
print(r.kind, Rec.kind)
del r.kind
print(r.kind)
print("kind" in Rec.__dict__, "method" in Rec.__dict__, "a" in Rec.__dict__)
print(sorted(k for k in vars(Rec) if not k.startswith("__")))
r2 = Rec(0, 0)
print(r2.__dict__ == {"a": 0, "b": 0})
for k, v in vars(r2).items():
    setattr(r2, k, v + 1)
print(vars(r2))
r2.__dict__.update(x=1, y=2)
print(r2.x + r2.y, len(r2.__dict__))
r2.__dict__.clear()
print(vars(r2))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)


class Cfg:
    pass


c = Cfg()
for i, name in enumerate(["alpha", "beta", "gamma"]):
    setattr(c, name, i * 10)
print(vars(c))
print({k: v for k, v in vars(c).items() if v})
