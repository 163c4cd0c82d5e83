class Countdown:
    def __init__(self, start):
        self.n = start

    def __iter__(self):
        print("  __iter__")
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

for x in Countdown(3):
    print("tick", x)
c = Countdown(4)
print(next(c), next(c))
print(list(c))
print(list(c))
print(next(c, "done"))

class Fib:
    def __init__(self, limit):
        self.limit = limit

    def __iter__(self):
        return FibIter(self.limit)

class FibIter:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit

    def __iter__(self):
        return self

    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v

f = Fib(30)
print(list(f))
print(list(f))
print(sum(f), max(f), sorted(f, reverse=True)[:3])
print([(a, b) for a in Fib(2) for b in Fib(1)])
it = iter(f)
print(iter(it) is it, type(it).__name__)
print(dict(zip("abc", Fib(100))))
print(list(map(lambda v: v * 2, Fib(10))))
a, *rest = Fib(10)
print(a, rest)

class BadIter:
    def __iter__(self):
        return 42

try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)

class NoNext:
    def __iter__(self):
        return self

try:
    for _ in NoNext():
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
