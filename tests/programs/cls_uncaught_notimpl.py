class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        raise NotImplementedError("%s must implement area()" % type(self).__name__)

    def describe(self):
        return "%s with area %.2f" % (self.name, self.area())


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r


shapes = [Rect(2, 3), Rect(1.5, 4)]
for s in shapes:
    print(s.describe())
try:
    Circle(1).describe()
except NotImplementedError as e:
    print("caught:", e)
shapes.append(Circle(2))
for s in shapes:
    print(s.describe())
print("not reached")
