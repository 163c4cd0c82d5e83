# Properties whose getters are inlined into traces: a getter's result changing type, and
# a getter raising after the trace has run it many times.
class C:
    def __init__(self, v):
        self._v = v
    @property
    def v(self):
        return self._v * 2
    @property
    def bad(self):
        return 10 // self._v

def f(n):
    cs = [C(i) for i in range(1, 6)]
    t = 0
    for i in range(n):
        c = cs[i % 5]
        t += c.v
        if i == n - 7:
            cs[2]._v = 0.5
    try:
        for i in range(n):
            t += cs[i % 5].bad
            if i == n - 3:
                cs[4]._v = 0
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    return t
print(f(3000))
