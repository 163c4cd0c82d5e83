class Outer:
    class Inner:
        class Deepest:
            def m(self):
                return 1

        def im(self):
            return 2

    def method(self):
        class Local:
            pass
        return Local

    def meth2(self):
        pass


def func():
    class InFunc:
        def go(self):
            pass
    return InFunc


print(Outer.__name__, Outer.__qualname__)
print(Outer.Inner.__name__, Outer.Inner.__qualname__)
print(Outer.Inner.Deepest.__name__, Outer.Inner.Deepest.__qualname__)
print(Outer.Inner.Deepest.m.__qualname__)
print(Outer.Inner.im.__qualname__, Outer.meth2.__qualname__)
L = Outer().method()
print(L.__name__, L.__qualname__)
F = func()
print(F.__name__, F.__qualname__, F.go.__qualname__)
print(func.__qualname__, func.__name__)
print(Outer.Inner)
print(Outer.Inner.Deepest)
print(repr(F))
print(type(Outer.Inner.Deepest()).__qualname__)
print(Outer.Inner.Deepest().m(), Outer.Inner().im())


def outer_f():
    def inner_f():
        def innermost():
            pass
        return innermost
    return inner_f


print(outer_f().__qualname__, outer_f()().__qualname__)
lam = lambda: 0
print(lam.__name__, lam.__qualname__)


class Holder:
    f = staticmethod(lambda: 1)
    g = lambda self: 2


print(Holder.g.__qualname__, Holder.f.__qualname__)
