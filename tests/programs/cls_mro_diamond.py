class A:
    def hello(self):
        return "A.hello"

    def who(self):
        return "A"

class B(A):
    def who(self):
        return "B>" + super().who()

class C(A):
    def hello(self):
        return "C.hello"

    def who(self):
        return "C>" + super().who()

class D(B, C):
    def who(self):
        return "D>" + super().who()

def names(cls):
    return [k.__name__ for k in cls.__mro__]

print(D.__mro__)
print(names(D))
print(names(B), names(C))
d = D()
print(d.hello())
print(d.who())
print(D.mro() == list(D.__mro__))
print(D.__bases__)
print(A.__bases__)

class X:
    pass

class Y:
    pass

class Z:
    pass

class K1(X, Y):
    pass

class K2(Y, Z):
    pass

class K3(X, Z):
    pass

class M(K1, K2, K3):
    pass

print(names(M))
print(issubclass(M, Z), issubclass(K1, Z))

class P:
    tag = "P"

class Q(P):
    pass

class R(P):
    tag = "R"

class S(Q, R):
    pass

print(S.tag, names(S))
try:
    class Bad(A, D):
        pass
except TypeError as e:
    print("TypeError:", e)
