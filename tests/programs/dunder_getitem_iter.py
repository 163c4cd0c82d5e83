class Seq:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        print("  getitem", i)
        if i >= self.n:
            raise IndexError("seq index out of range")
        return i * i


for v in Seq(3):
    print("got", v)
print(list(Seq(4)))
print(2 in Seq(3))
print(4 in Seq(3))
print(sum(Seq(4)))
it = iter(Seq(2))
print(type(it).__name__)
print(next(it), next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration after IndexError")
a, b, c = Seq(3)
print(a, b, c)
print(sorted(Seq(3), reverse=True))
print(max(Seq(4)), min(Seq(4)))


class StopOnKey:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return "item%d" % i


print(list(StopOnKey()))


class Bad:
    def __getitem__(self, i):
        if i == 1:
            raise KeyError(i)
        return i


try:
    list(Bad())
except KeyError as e:
    print("KeyError propagates:", e)


class Word:
    def __init__(self, w):
        self.w = w

    def __getitem__(self, i):
        return self.w[i].upper()


print("-".join(Word("abc")))
print(list(enumerate(Word("xy"))))
print(dict(zip(Word("ab"), Seq(5))))
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    for x in object():
        pass
except TypeError as e:
    print("TypeError:", e)
