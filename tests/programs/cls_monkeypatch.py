class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self):
        return "hello " + self.name


g = Greeter("ann")
h = Greeter("bob")
print(g.greet(), h.greet())
old = Greeter.greet
bound_before = g.greet


def shout(self):
    return "HELLO " + self.name.upper()


Greeter.greet = shout
print(g.greet(), h.greet())
print(bound_before())
print(old(h))
Greeter.greet = lambda self: old(self) + "!!"
print(g.greet())
Greeter.greet = old
print(g.greet())
g.greet = lambda: "instance-level"
print(g.greet(), h.greet())
del g.greet


def farewell(self, suffix="."):
    return "bye " + self.name + suffix


Greeter.farewell = farewell
print(g.farewell(), h.farewell("!"))


class Loud(Greeter):
    pass


lo = Loud("cy")
print(lo.greet())
Greeter.greet = shout
print(lo.greet())
Loud.greet = lambda self: "loud override"
print(lo.greet(), g.greet())
del Loud.greet
print(lo.greet())


def calls():
    out = []
    for i in range(3):
        out.append(g.greet())
        if i == 0:
            Greeter.greet = lambda self: "patched-in-loop"
    return out


print(calls())
import math
orig_sqrt = math.sqrt
math.sqrt = lambda x: -1
print(math.sqrt(4))
math.sqrt = orig_sqrt
print(math.sqrt(4))
