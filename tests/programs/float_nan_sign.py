# The sign of a NaN survives arithmetic, negation and boxing, as in CPython (math.copysign
# shows it), in the interpreter and in traces.
import math
inf = float('inf')
vals = []
for i in range(3000):
    x = inf - inf if i % 3 == 0 else (-inf * 0.0 if i % 3 == 1 else float('nan'))
    y = -x
    vals.append((math.copysign(1.0, x), math.copysign(1.0, y), x == x, abs(x) != abs(x)))
print(vals[0], vals[1], vals[2], vals[-1])
nan = float('nan')
print(nan, -nan, math.copysign(1.0, -nan), math.copysign(1.0, nan), repr(-nan))
s = 0.0
for i in range(3000):
    s += (inf - inf) if i == 1500 else 1.0
print(s, math.copysign(1.0, s))
print([math.copysign(1, v) for v in [inf - inf, -(inf - inf), math.sqrt(-0.0)]])
print(float('-nan'), math.copysign(1, float('-nan')))
