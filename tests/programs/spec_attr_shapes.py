# Specialization stress: one LOAD_ATTR / STORE_ATTR site seeing instances
# whose attributes were assigned in different orders (different shapes),
# attributes deleted and re-added, and __dict__ mutated behind its back.


class P:
    z = "class-z"


class Q:
    pass


def make(kind, base):
    o = P() if kind < 4 else Q()
    if kind % 4 == 0:
        o.x = base; o.y = base + 1; o.z = base + 2
    elif kind % 4 == 1:
        o.y = base + 1; o.x = base; o.z = base + 2
    elif kind % 4 == 2:
        o.z = base + 2; o.y = base + 1
    else:
        o.w = "w"; o.v = "v"; o.u = "u"; o.t = "t"; o.x = base
    return o


def getx(o):
    try:
        return o.x
    except AttributeError as e:
        return "AE:" + str(e)


def getz(o):
    try:
        return o.z
    except AttributeError as e:
        return "AE:" + str(e)


def setx(o, v):
    o.x = v


def sety(o, v):
    o.y = v


total = 0
for i in range(3000):          # warm with a single shape
    o = make(0, i)
    setx(o, o.x + 1)
    total += getx(o)
print("warm", total)

objs = [make(k, 10 * k) for k in range(8)]
for rnd in range(3):
    for k, o in enumerate(objs):
        before = getx(o)
        setx(o, "r%d-k%d" % (rnd, k))
        sety(o, rnd)
        print(rnd, k, type(o).__name__, before, getx(o), getz(o), sorted(vars(o).items()), list(vars(o)))
    # hammer every shape to force misses and re-specialization
    acc = 0
    for i in range(2000):
        o = objs[i % 8]
        setx(o, i)
        acc += getx(o)
        sety(o, -i)
    print("acc", rnd, acc)

# Delete and re-add: the dict order (and shape) changes.
o = make(0, 1)
for step in range(6):
    for i in range(300):
        setx(o, i)
        getx(o)
    if step == 0:
        del o.x
    elif step == 1:
        del o.y
    elif step == 2:
        o.__dict__["x"] = "via-dict"
    elif step == 3:
        o.__dict__.clear()
    elif step == 4:
        vars(o).update({"q": 1, "x": "upd"})
    print("del", step, getx(o), getz(o), list(vars(o).items()))

# A constructor that sets attributes conditionally.
class R:
    def __init__(self, i):
        if i % 3 == 0:
            self.a = i
        self.b = i * 2
        if i % 2 == 0:
            self.a = -i
        self.c = i * 3


def geta(r):
    return getattr(r, "a", "missing")


def sum_attrs(r):
    return r.b + r.c


acc = []
for i in range(3000):
    r = R(i)
    if i % 299 == 0:
        acc.append((i, geta(r), sum_attrs(r), list(vars(r))))
    else:
        sum_attrs(r)
print(acc)

# setattr/getattr/delattr with names that are also used literally.
o = Q()
for i in range(1000):
    setattr(o, "x", i)
    setx(o, getx(o) + 1)
print("dyn", getx(o), hasattr(o, "x"))
delattr(o, "x")
print("dyn2", getx(o), hasattr(o, "x"))
setattr(o, "not an identifier", 5)
setx(o, "back")
print("dyn3", sorted(vars(o).items()), getx(o))
