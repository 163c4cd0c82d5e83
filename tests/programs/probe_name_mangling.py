class Base:
    def __init__(self): self.__x = "base"
    def base_x(self): return self.__x
class Sub(Base):
    def __init__(self):
        super().__init__()
        self.__x = "sub"
    def sub_x(self): return self.__x
s = Sub()
print(s.base_x(), s.sub_x())
print(sorted(vars(s)))
print(s._Base__x)
