# Specialization stress: __slots__, properties added later, __getattr__ /
# __getattribute__ fallbacks added/removed later, and descriptors whose own
# class changes (non-descriptor -> descriptor -> data descriptor).


def geta(o):
    try:
        return o.a
    except AttributeError as e:
        return "AE:" + str(e)


def seta(o, v):
    try:
        o.a = v
        return "ok"
    except AttributeError as e:
        return "AE"


def loop_get(o, n):
    r = None
    for i in range(n):
        r = geta(o)
    return r


def loop_set(o, n):
    r = None
    for i in range(n):
        r = seta(o, i)
    return r


class S:
    __slots__ = ("a", "b")


class S2(S):
    __slots__ = ("c",)


class S3(S):
    pass  # has a __dict__ as well


s = S()
print("s0", geta(s), loop_set(s, 2000), loop_get(s, 2000))
del s.a
print("s1", geta(s), seta(s, "again"), geta(s))
s2 = S2()
s3 = S3()
s3.extra = 1
print("s2", seta(s2, "two"), geta(s2), seta(s3, "three"), geta(s3), loop_get(s2, 300), loop_get(s3, 300))


class S4(S):
    __slots__ = ()
    a = property(lambda self: "S4-prop")   # subclass shadows the slot


s4 = S4()
print("s3", geta(s4), seta(s4, 1)[:2], geta(s), loop_get(s4, 200), loop_get(s, 200))


# --- property added later -------------------------------------------------
class K:
    def __init__(self):
        self.a = "inst"


k = K()
print("k0", loop_get(k, 2000), loop_set(k, 2000))
K.a = property(lambda self: "prop-a")
print("k1", geta(k), seta(k, 9), loop_get(k, 200))
K.a = property(lambda self: "prop-a2", lambda self, v: print("setter", v))
print("k2", geta(k), seta(k, 10))
del K.a
print("k3", geta(k), loop_get(k, 200))


# --- __getattr__ fallback / __getattribute__ added later ---------------------
class G:
    pass


g1 = G()
g1.a = "real"
g2 = G()
print("g0", loop_get(g1, 1000), loop_get(g2, 1000))
G.__getattr__ = lambda self, name: "fallback-" + name
print("g1", geta(g1), geta(g2), loop_get(g2, 200), loop_get(g1, 200))
G.__getattribute__ = lambda self, name: "always-" + name
print("g2", geta(g1), geta(g2), loop_get(g1, 200))
del G.__getattribute__
print("g3", geta(g1), geta(g2))
del G.__getattr__
print("g4", geta(g1), geta(g2), loop_get(g2, 100))


# --- descriptor whose class gains __get__ / __set__ later ------------------
class Thing:
    def __repr__(self):
        return "<Thing>"


class H:
    a = Thing()


h = H()
h2 = H()
h2.a = "h2-own"
print("h0", loop_get(h, 1000), loop_get(h2, 1000))
Thing.__get__ = lambda self, inst, owner: "got-via-get"
print("h1", geta(h), geta(h2), loop_get(h, 100), loop_get(h2, 100))
Thing.__set__ = lambda self, inst, v: None
print("h2", geta(h), geta(h2), seta(h2, "ignored"), loop_get(h2, 100))
del Thing.__set__
del Thing.__get__
print("h3", geta(h), geta(h2))


# --- a counting data descriptor with per-instance storage -----------------
class Counted:
    def __init__(self):
        self.reads = 0

    def __get__(self, inst, owner):
        if inst is None:
            return self
        self.reads += 1
        return inst.__dict__.get("_a", 0) * 10

    def __set__(self, inst, v):
        inst.__dict__["_a"] = v


class M:
    a = Counted()


m = M()
print("m0", loop_set(m, 1500), loop_get(m, 1500), M.a.reads)
M.a = 5
print("m1", geta(m), seta(m, 6), geta(m), M.a)


# __setattr__ added to a base class after stores were specialized.
class Base:
    pass


class Derived(Base):
    pass


dobj = Derived()
bobj = Base()
print("set0", loop_set(dobj, 1500), loop_set(bobj, 1500), geta(dobj), geta(bobj))
Base.__setattr__ = lambda self, name, v: object.__setattr__(self, name, ("hooked", v))
print("set1", seta(dobj, 1), geta(dobj), seta(bobj, 2), geta(bobj), loop_set(dobj, 100), geta(dobj))
del Base.__setattr__
print("set2", seta(dobj, 3), geta(dobj), loop_set(bobj, 100), geta(bobj))
Derived.a = property(lambda self: "derived-prop")
print("set3", seta(dobj, 4), geta(dobj), geta(bobj), loop_get(dobj, 100))
