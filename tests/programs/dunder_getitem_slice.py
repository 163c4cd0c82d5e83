class Grid:
    def __init__(self, n):
        self.data = list(range(n))
        self.log = []

    def __getitem__(self, key):
        self.log.append(("get", key))
        print("  getitem", repr(key), type(key).__name__)
        if isinstance(key, slice):
            print("   slice parts:", key.start, key.stop, key.step)
            return Grid.from_list(self.data[key])
        if isinstance(key, tuple):
            return [self.data[k] for k in key]
        return self.data[key]

    def __setitem__(self, key, value):
        print("  setitem", repr(key), repr(value))
        self.data[key] = value

    def __delitem__(self, key):
        print("  delitem", repr(key))
        del self.data[key]

    def __len__(self):
        return len(self.data)

    @classmethod
    def from_list(cls, lst):
        g = cls(0)
        g.data = lst
        return g


g = Grid(10)
print(g[3])
print(g[-1])
print(g[2:5].data)
print(g[::3].data)
print(g[::-2].data)
print(g[:].data)
print(g[1, 4, 7])
print(g[5:1:-1].data)
g[0] = 100
g[1:3] = ["a", "b", "c"]
print(g.data)
g[::2] = [0] * 6
print(g.data)
del g[0]
del g[::3]
print(g.data)
del g[-2:]
print(g.data, len(g))
try:
    g[100]
except IndexError as e:
    print("IndexError:", e)
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step)
print(s.indices(5), slice(None, None, -1).indices(4))
print(slice(3), slice(None), slice(1, 2) == slice(1, 2))
print([0, 1, 2, 3, 4, 5][s])
print("abcdefgh"[slice(None, None, -3)])


class Mapping:
    def __getitem__(self, k):
        return "value-for-" + str(k)


m = Mapping()
print(m["a"], m[1], m[1:2], m[...])
