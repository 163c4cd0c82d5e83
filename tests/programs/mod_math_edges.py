import math
print(math.modf(-1), math.modf(-0.0), math.modf(-3), math.modf(2.5), math.modf(-2.5))
print(math.acosh(1e308), math.asinh(1e308), math.asinh(-1e308), math.acosh(100), math.degrees(1e308), math.radians(1e308))
print(math.ldexp(1.5, -1074), math.ldexp(3, -10**30), math.ldexp(1, 1023), math.fsum([-0.0, -0.0]), math.fsum([0.0]), math.fsum([]))
print(math.comb(10**20, 2), math.perm(10**20, 2), math.atanh(0.5), math.asinh(0.5), math.acosh(1.5))
