import math
class F:
    def __float__(self): return 2.25
class I:
    def __index__(self): return 3
for fn in [lambda: math.sqrt(F()), lambda: math.floor(F()), lambda: math.exp(F()), lambda: math.isclose(F(), 2.25),
           lambda: math.sqrt(I()), lambda: math.factorial(I()), lambda: math.gcd(I(), 6), lambda: math.comb(I(), 2)]:
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)
