class Key:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __eq__(self, o):
        return isinstance(o, Key) and (self.a, self.b) == (o.a, o.b)

    def __hash__(self):
        return hash((self.a, self.b))

    def __repr__(self):
        return "Key(%r, %r)" % (self.a, self.b)


d = {}
d[Key(1, 2)] = "first"
d[Key(3, 4)] = "second"
print(d[Key(1, 2)], Key(3, 4) in d, Key(9, 9) in d)
d[Key(1, 2)] = "overwritten"
print(len(d), d)
s = {Key(1, 1), Key(1, 1), Key(2, 2)}
print(len(s), sorted(s, key=lambda k: k.a))
print(Key(2, 2) in s)
s.discard(Key(1, 1))
print(s)
print(hash(Key(5, 6)) == hash(Key(5, 6)))


class Collide:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return 42

    def __eq__(self, o):
        return self.v == o.v

    def __repr__(self):
        return "C%d" % self.v


cd = {Collide(1): "a", Collide(2): "b"}
print(cd[Collide(2)])
print(len(cd))


class IntLike:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return hash(self.n)

    def __eq__(self, o):
        return self.n == o


m = {1: "int one", "x": "str x"}
print(m.get(IntLike(1)))
print({1, 2, 3} & {IntLike(2)} == {2}, IntLike(2) in {2})


class Ident:
    pass


i1 = Ident()
i2 = Ident()
di = {i1: 1, i2: 2}
print(di[i1], di[i2], len({i1, i1, i2}))
print(hash(i1) == hash(i1))
fs = frozenset([Key(0, 0)])
print({fs: "frozen key"}[frozenset([Key(0, 0)])])
print({(1, Key(1, 1)): "tuple key"}[(1, Key(1, 1))])
