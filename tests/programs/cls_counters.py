class Widget:
    count = 0
    registry = {}

    def __init__(self, name):
        Widget.count += 1
        self.serial = Widget.count
        self.name = name
        Widget.registry[name] = self.serial

    @classmethod
    def reset(cls):
        cls.count = 0
        cls.registry = {}


for n in ["a", "b", "c"]:
    w = Widget(n)
    print(w.name, w.serial, Widget.count)
print(Widget.registry)


class Button(Widget):
    clicks = 0

    def click(self):
        self.clicks += 1
        Button.clicks += 0
        type(self).total = getattr(type(self), "total", 0) + 1
        return self.clicks


b1 = Button("b1")
b2 = Button("b2")
print(b1.serial, b2.serial, Widget.count, Button.count)
print(b1.click(), b1.click(), b2.click(), Button.clicks, Button.total)
print(b1.clicks, b2.clicks)
Widget.reset()
print(Widget.count, Widget.registry, Button.count)
Widget("z")
print(Widget.count, Widget.registry)


class Auto:
    _next = 100

    def __init__(self):
        self.id = Auto._next
        Auto._next += 1


ids = [Auto().id for _ in range(5)]
print(ids, Auto._next)


class PerClass:
    n = 0

    def __init__(self):
        type(self).n += 1


class PA(PerClass):
    pass


class PB(PerClass):
    pass


PA(); PA(); PB(); PerClass()
print(PerClass.n, PA.n, PB.n)
