# rhs subclass that does NOT override __radd__ -> lhs.__add__ must be tried first
class Base:
    def __add__(self, o): return "Base.add"
    def __radd__(self, o): return "Base.radd"
class Sub(Base): pass
print(Base() + Sub())
# int subclass with __radd__ on the right of a float: float.__add__ must win
class I(int):
    def __radd__(self, o): return "I.radd"
print(1.0 + I(2))
