import math

print(math.floor(-0.5), math.ceil(-0.5), math.trunc(2.9), math.floor(7), type(math.ceil(2.0)).__name__)
print(math.isqrt(99), math.isqrt(100), math.isqrt(0), math.isqrt(2 ** 64))
print(math.gcd(0, 5), math.gcd(-12, 18), math.gcd(7), math.gcd(), math.lcm(3, 4, 5), math.lcm())
print(math.factorial(0), math.factorial(10), math.comb(10, 0), math.comb(5, 7), math.perm(5, 0))
print(math.copysign(3, -1), math.copysign(-2.5, 0.0), math.fabs(-0.0), math.fmod(-10, 3), -10 % 3)
print(math.remainder(10, 3), math.remainder(11, 3), math.remainder(-7, 2))
print(math.hypot(5, 12), math.hypot(), math.hypot(-3), math.dist([1, 1], [4, 5]))
print(math.exp(0), math.exp(1) == math.e, math.log(math.e), math.log(100, 10), math.log(1))
print(math.log2(8), math.log10(0.001), math.pow(4, 0.5), math.pow(-8, 1 / 3) if False else "skip")
print(math.sqrt(0.25), math.sqrt(2) ** 2, math.isclose(math.sqrt(2) ** 2, 2))
print(math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.degrees(1), math.radians(90), math.sin(math.pi / 2), math.cos(0), round(math.tan(math.pi / 4), 12))
print(math.atan(1) * 4 == math.pi, math.atan2(0, -1), math.atan2(-0.0, -1), math.asin(1), math.acos(1))
print(math.modf(2.75), math.modf(-0.5), math.frexp(8), math.ldexp(1, -2), math.frexp(0.0))
print(math.prod([2, 3, 4]), math.prod([]), math.prod(range(1, 6), start=2), math.fsum([0.1, 0.2, 0.3]))
print(math.inf > 10 ** 300, -math.inf < -1e308, math.nan != math.nan, math.isinf(-math.inf), math.isnan(math.inf - math.inf))
print(math.cbrt(8), math.exp2(10), math.nextafter(1.0, 2.0) - 1.0 == math.ulp(1.0), math.ulp(1.0))
print(math.floor(1e20), math.ceil(-1e20), math.trunc(-1e20), math.floor(10 ** 30 / 7))
vals = [0.5, 1.5, 2.5, -0.5, -1.5]
print([round(v) for v in vals], [math.floor(v + 0.5) for v in vals])
print(round(2.675, 2), round(1234.5678, -2), round(-0.0), round(7, -1), round(15, -1), round(25, -1))
for bad in [lambda: math.sqrt(-1), lambda: math.log(-1), lambda: math.factorial(2.5), lambda: math.isqrt(-1), lambda: math.comb(-1, 2)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
print(math.floor(True), math.sqrt(True), math.pi.is_integer(), (4.0).is_integer(), math.fabs(True))
