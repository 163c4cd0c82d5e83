trace = []


class Base:
    def __init__(self, **kw):
        trace.append("Base")
        self.extra = sorted(kw)

    def setup(self):
        return ["Base"]


class Left(Base):
    def __init__(self, left=0, **kw):
        trace.append("Left")
        self.left = left
        super().__init__(**kw)

    def setup(self):
        return ["Left"] + super().setup()


class Right(Base):
    def __init__(self, right=0, **kw):
        trace.append("Right")
        self.right = right
        super().__init__(**kw)

    def setup(self):
        return ["Right"] + super().setup()


class Both(Left, Right):
    def __init__(self, **kw):
        trace.append("Both")
        super().__init__(**kw)

    def setup(self):
        return ["Both"] + super().setup()


b = Both(left=1, right=2, other=3)
print(trace)
print(b.left, b.right, b.extra)
print(b.setup())
print([c.__name__ for c in Both.__mro__])
trace.clear()
r = Right(right=5)
print(trace, r.right, r.setup())


class Mixin:
    def greet(self):
        return "mixin:" + self.name()


class Named:
    def name(self):
        return "named"

    def greet(self):
        return "named-greet"


class Thing(Mixin, Named):
    pass


class Thing2(Named, Mixin):
    pass


print(Thing().greet(), Thing2().greet())
print([c.__name__ for c in Thing.__mro__])
print(Thing.greet is Mixin.greet, Thing2.greet is Named.greet)
