class Base:
    greeting = "base"

    def __init__(self, v):
        self.v = v

    def describe(self):
        return "%s(%s) via %s" % (type(self).__name__, self.v, self.tag())

    def tag(self):
        return "Base.tag"

    def double(self):
        return self.v * 2

class Mid(Base):
    greeting = "mid"

    def tag(self):
        return "Mid.tag"

class Leaf(Mid):
    def __init__(self, v, w):
        Base.__init__(self, v)
        self.w = w

    def double(self):
        return Base.double(self) + self.w

    def tag(self):
        return "Leaf.tag<" + Mid.tag(self) + ">"

for o in [Base(1), Mid(2), Leaf(3, 4)]:
    print(o.describe(), o.double(), o.greeting)
print(Leaf.greeting, Leaf.__bases__[0].__name__)
print(Leaf.tag is Mid.tag, Mid.double is Base.double)
print("tag" in Leaf.__dict__, "double" in Mid.__dict__)

class Stack(list):
    def push(self, x):
        self.append(x)
        return self

    def peek(self):
        return self[-1]

s = Stack()
s.push(1).push(2).push(3)
print(s, len(s), s.peek(), s.pop(), s)
print(isinstance(s, list), type(s).__name__)

class LowerDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)

    def __getitem__(self, k):
        return super().__getitem__(k.lower())

d = LowerDict()
d["ABC"] = 1
d["Xy"] = 2
print(d["abc"], d["XY"], sorted(d.keys()))

class MyInt(int):
    def double(self):
        return MyInt(self * 2)

m = MyInt(21)
print(m, m.double(), m + 1, type(m + 1).__name__, type(m.double()).__name__)

class Name(str):
    def shout(self):
        return self.upper() + "!"

n = Name("bob")
print(n, n.shout(), len(n), n == "bob", type(n + "x").__name__)
