class Counter:
    def __init__(self, name):
        self.name = name
        self.n = 0

    def inc(self, by=1):
        self.n += by
        return self.n

    def label(self):
        return self.name + ":" + str(self.n)


c1 = Counter("a")
c2 = Counter("b")
f = c1.inc
g = c2.inc
print(f(), f(), g(10), f(5))
print(c1.n, c2.n)
print(f.__self__ is c1, f.__func__ is Counter.inc)
print(f.__name__, Counter.inc.__name__)
print(c1.inc == c1.inc, c1.inc == c2.inc)
callbacks = [c1.label, c2.label, c1.inc, c2.label]
for cb in callbacks:
    print(cb())
table = {"one": c1.inc, "two": c2.inc}
for k in sorted(table):
    print(k, table[k](100))
unbound = Counter.inc
print(unbound(c2, 7), c2.n)
ms = list(map(Counter.label, [c1, c2]))
print(ms)


class Btn:
    def __init__(self):
        self.handlers = []

    def on(self, h):
        self.handlers.append(h)

    def fire(self, v):
        return [h(v) for h in self.handlers]


class Logger:
    def __init__(self, prefix):
        self.prefix = prefix
        self.lines = []

    def log(self, v):
        self.lines.append(self.prefix + str(v))
        return len(self.lines)


b = Btn()
lg = Logger("> ")
lg2 = Logger("# ")
b.on(lg.log)
b.on(lg2.log)
b.on(lg.log)
print(b.fire(1))
print(b.fire("x"))
print(lg.lines)
print(lg2.lines)
m = lg.log
del lg
print(m(42), m.__self__.lines[-1])
