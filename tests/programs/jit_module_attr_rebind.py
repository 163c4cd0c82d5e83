# A module attribute a trace reads (math.sqrt) is rebound, deleted and put back while the
# loop runs, and the module gains attributes (its dict grows) meanwhile.
import math

real_sqrt = math.sqrt


def total(n):
    t = 0.0
    for i in range(n):
        t += math.sqrt(i)
        if i == 1500:
            math.sqrt = lambda x: -1.0
        if i == 2500:
            math.sqrt = real_sqrt
        if i == 3000:
            for k in range(40):
                setattr(math, "extra%d" % k, k)
    return t


print("%.6f" % total(4000))
del math.sqrt
try:
    total(10)
except AttributeError as e:
    print("AttributeError:", e)
math.sqrt = real_sqrt
print("%.6f" % total(2000))
