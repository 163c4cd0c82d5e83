class D:
    def who(self): return "D"
class E(D):
    def who(self): return "E"
o = E()
o.__class__ = D
print(type(o).__name__, o.who(), isinstance(o, E))
