class D: pass
d = D()
object.__setattr__(d, "qux", 3)
print(getattr(d, "qux", "LOST"))   # CPython: 3, pyjit: LOST (works for 1-char names, or after vars(d))
# common proxy pattern -> RecursionError in pyjit
class Proxy:
    def __init__(self, target): object.__setattr__(self, "_t", target)
    def __getattr__(self, n): return getattr(self._t, n)
print(Proxy([1, 2]).count(1))
