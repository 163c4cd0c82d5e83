class Animal:
    def __init__(self, name, sound="..."):
        print("Animal.__init__", name)
        self.name = name
        self.sound = sound

    def speak(self):
        return self.name + " says " + self.sound

    def kind(self):
        return "animal"

class Dog(Animal):
    def __init__(self, name, breed):
        print("Dog.__init__ start")
        super().__init__(name, "woof")
        self.breed = breed
        print("Dog.__init__ end")

    def speak(self):
        base = super().speak()
        return base + "!"

    def kind(self):
        return "dog/" + super().kind()

class Puppy(Dog):
    def __init__(self, name):
        super().__init__(name, "mutt")
        self.age = 0

    def speak(self):
        return super().speak().upper()

    def kind(self):
        return "puppy/" + super().kind()

d = Dog("rex", "lab")
print(d.speak(), d.kind(), d.breed)
p = Puppy("bit")
print(p.speak())
print(p.kind())
print(p.name, p.sound, p.breed, p.age)

class Shape:
    count = 0

    def __init__(self):
        Shape.count += 1
        self.id = Shape.count

    def area(self):
        return 0

    def info(self):
        return "%s#%d area=%s" % (type(self).__name__, self.id, self.area())

class Sq(Shape):
    def __init__(self, s):
        super().__init__()
        self.s = s

    def area(self):
        return self.s ** 2

class Cube(Sq):
    def area(self):
        return 6 * super().area()

    def info(self):
        return "[" + super().info() + "]"

for sh in [Shape(), Sq(3), Cube(2)]:
    print(sh.info())

class A:
    def who(self):
        return "A"

class B(A):
    def who(self):
        f = lambda: super(B, self).who()
        return "B>" + f()

class C(B):
    def who(self):
        res = []
        for _ in range(2):
            res.append(super().who())
        return "C>" + "|".join(res)

print(C().who())
