class Point:
    dims = 2

    def __init__(self, x, y=0):
        self.x = x
        self.y = y
        print("init", x, y)

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)

    def describe(self):
        return "Point(%d, %d) dims=%d" % (self.x, self.y, self.dims)


p = Point(3, 4)
q = Point(1)
print(p.x, p.y, q.x, q.y)
print(p.norm2(), q.norm2())
r = p.moved(1, -1)
print(r.describe())
print(Point.dims, p.dims, r.dims)
print(Point.norm2(p))
p.x = 10
print(p.norm2(), p.describe())
p.z = 99
print(p.z, hasattr(q, "z"))
print(type(p).__name__, type(Point).__name__)
print(Point.describe(Point(5, 5)))


class Empty:
    pass


e = Empty()
e.a = 1
e.b = [1, 2]
e.b.append(3)
print(e.a, e.b, sorted(vars(e)))


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amt):
        self.balance += amt
        self.history.append(("dep", amt))
        return self

    def withdraw(self, amt):
        if amt > self.balance:
            print("insufficient for", self.owner)
            return self
        self.balance -= amt
        self.history.append(("wd", amt))
        return self


a = Account("ann", 10)
a.deposit(5).withdraw(3).withdraw(100).deposit(1)
print(a.owner, a.balance, a.history)
b = Account("bob")
print(b.balance, b.history, a.history is b.history)
