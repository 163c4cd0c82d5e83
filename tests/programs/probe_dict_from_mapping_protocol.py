class M:
    def keys(self): return ["a", "b"]
    def __getitem__(self, k): return k.upper()
def f(**k): return k
for fn in [lambda: dict(M()), lambda: {**M()}, lambda: f(**M())]:
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)
from collections import ChainMap
print(dict(ChainMap({"a": 1}, {"b": 2})))
