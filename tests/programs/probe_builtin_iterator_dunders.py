it = iter([1, 2])
for name in ["__next__", "__iter__"]:
    print(name, hasattr(it, name))
class Wrapper:
    def __init__(self, data): self._it = iter(data)
    def __iter__(self): return self
    def __next__(self): return self._it.__next__()
print(list(Wrapper([1, 2, 3])))
