class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return "Money(%d)" % self.cents

    def __truediv__(self, n):
        print("  truediv", n)
        return self.cents / n

    def __rtruediv__(self, n):
        print("  rtruediv", n)
        return n / self.cents

    def __floordiv__(self, n):
        if isinstance(n, Money):
            return self.cents // n.cents
        return Money(self.cents // n)

    def __mod__(self, n):
        return Money(self.cents % n)

    def __rmod__(self, n):
        return "rmod(%r)" % (n,)

    def __divmod__(self, n):
        return (self // n, self % n)

    def __pow__(self, n, mod=None):
        if mod is None:
            return Money(self.cents ** n)
        return Money(pow(self.cents, n, mod))

    def __rpow__(self, base):
        return "rpow(%r)" % (base,)

    def __neg__(self):
        return Money(-self.cents)

    def __pos__(self):
        return Money(+self.cents + 0)

    def __abs__(self):
        return Money(abs(self.cents))

    def __invert__(self):
        return "inverted"

    def __lshift__(self, k):
        return Money(self.cents << k)

    def __and__(self, o):
        return Money(self.cents & o)

    def __or__(self, o):
        return Money(self.cents | o)

    def __xor__(self, o):
        return Money(self.cents ^ o)

m = Money(1050)
print(m / 4)
print(100 / Money(8))
print(m // 100, m // Money(300))
print(m % 100, 7 % m)
print(divmod(m, 100))
print(m ** 2, pow(m, 2))
print(2 ** m)
print(-m, +m, abs(Money(-5)), abs(-Money(5)), ~m)
print(m << 2, m & 0xFF, m | 1, m ^ 1050)
x = Money(10)
x //= 3
print(x)
x **= 2
print(x)
x %= 7
print(x)
try:
    m @ m
except TypeError as e:
    print("TypeError:", e)
try:
    -object()
except TypeError as e:
    print("TypeError:", e)
try:
    abs("s")
except TypeError as e:
    print("TypeError:", e)
