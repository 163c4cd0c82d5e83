class Both:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "Both(%r)" % self.n

    def __str__(self):
        return "both:" + str(self.n)


class ReprOnly:
    def __repr__(self):
        return "<ReprOnly>"


class StrOnly:
    def __str__(self):
        return "str-only"


b = Both("x")
print(b)
print(str(b), repr(b))
print(f"{b} {b!r} {b!s}")
print("%s %r" % (b, b))
print("{} {!r}".format(b, b))
print([b, Both(1)])
print((b,), {"k": b}, {b})
print(str([b]))
r = ReprOnly()
print(r, str(r), repr(r), [r])
s = StrOnly()
print(s, f"{s}")
print(repr(s).startswith("<__main__.StrOnly object at"))
print([s][0] is s)
print(str(Both("it's")), repr(Both("it's")))
print(repr(Both('say "hi"')))


class Nested:
    def __init__(self, inner):
        self.inner = inner

    def __repr__(self):
        return "Nested(" + repr(self.inner) + ")"


print(Nested([Both(1), {"a": Both(2)}]))
print(Nested(Nested("s")))
print(repr("x"), str("x"), repr(1.5), str(None), repr(None))
print(f"{'q'!r:>6}|{3.0!s}|{[1]!r}")
print(ascii("héllo"), repr("héllo"))


class BadRepr:
    def __repr__(self):
        return 5


try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
try:
    print([BadRepr()])
except TypeError as e:
    print("TypeError:", e)
