import math
from math import sqrt, pi, floor
import time

print(sqrt(2), math.sqrt(16), pi, math.e, math.tau, math.inf, -math.inf)
print(math.sin(1), math.cos(1), math.tan(0.5), math.atan2(1, -2), math.asin(0.5), math.acos(0.25))
print(math.exp(2.5), math.log(10), math.log(8, 2), math.log10(1000), math.log2(1024), math.log1p(1e-10))
print(math.log(2 ** 2000), math.log10(10 ** 400), math.log2(2 ** 3000))
print(floor(-2.5), math.ceil(2.1), math.trunc(-7.9), type(math.floor(3.7)), math.floor(10 ** 20 + 0.0))
print(math.fabs(-3), math.fmod(7, -3), math.fmod(-7, 3), math.copysign(2, -0.0), math.hypot(3, 4), math.hypot(1, 2, 2))
print(math.pow(2, 0.5), math.pow(2, 10), math.degrees(math.pi), math.radians(180))
print(math.isnan(float('nan')), math.isinf(1e308 * 10), math.isfinite(1.0), math.isclose(1.0, 1.0 + 1e-10))
print(math.gcd(12, 18), math.gcd(0, 0), math.gcd(2 ** 70, 6 ** 30), math.lcm(4, 6, 10), math.factorial(25))
print(math.comb(50, 20), math.perm(10, 3), math.perm(5), math.isqrt(10 ** 30 + 1), math.prod([1, 2, 3, 4.5]))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]))
print(math.modf(-3.25), math.frexp(1000.0), math.ldexp(0.75, 10), math.dist((0, 0), (3, 4)))
print(math.sinh(1), math.cosh(1), math.tanh(0.5), math.asinh(1), math.acosh(2), math.atanh(0.5), math.expm1(1e-5))
t0 = time.perf_counter()
t1 = time.perf_counter()
print(t1 >= t0, time.time() > 1.6e9, time.process_time() >= 0, type(time.perf_counter_ns()))
for bad in ["math.sqrt(-1)", "math.log(0)", "math.exp(1000)", "math.factorial(-1)", "math.acos(2)"]:
    print(bad)
print(math.sqrt('x'))
