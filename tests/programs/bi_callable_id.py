def f():
    pass


class K:
    def m(self):
        pass

    @staticmethod
    def s():
        pass


class WithCall:
    def __call__(self):
        return "called"


things = [f, K, K(), K().m, K.s, WithCall(), len, print, lambda: 0, 5, "s", None, [], type, object, str.upper, WithCall]
print([callable(t) for t in things])
a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(b), id(a) == id(c), a is b, a is c, a == c)
print(id(None) == id(None), id(f) == id(f), isinstance(id(a), int))
x = object()
y = object()
print(x is y, x == y, x is x, id(x) != id(y))
s1 = "hello"
s2 = s1
print(s1 is s2, id(s1) == id(s2))
ids = {id(v) for v in (a, b, c)}
print(len(ids))
d = {}
keep = []
for i in range(3):
    o = [i]
    keep.append(o)
    d[id(o)] = i
print(sorted(d.values()), all(d[id(o)] == o[0] for o in keep))
m1 = K.m
m2 = K.m
print(m1 is m2, callable(m1))
inst = K()
print(inst.m == inst.m, inst.m.__self__ is inst)


def same(p, q):
    return id(p) == id(q)


print(same(a, a), same(a, a[:]), same(True, True), same(None, None))
print(callable(K.__init__), callable(getattr(inst, "m")), callable(inst.__class__))
