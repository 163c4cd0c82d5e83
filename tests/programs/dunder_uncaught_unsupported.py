class Vec:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        print("Vec.__add__ called with", type(o).__name__)
        if isinstance(o, Vec):
            return Vec(self.x + o.x)
        return NotImplemented

    def __repr__(self):
        return "Vec(%d)" % self.x


def combine(items):
    total = items[0]
    for it in items[1:]:
        total = total + it
        print("running total", total)
    return total


print(combine([Vec(1), Vec(2), Vec(3)]))
print(combine([Vec(1), Vec(2), 3]))
print("never printed")
