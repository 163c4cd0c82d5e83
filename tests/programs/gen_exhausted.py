def three():
    yield 1
    yield 2
    yield 3


g = three()
print(iter(g) is g, g.__iter__() is g)
print(list(g))
print(list(g))
print(next(g, "nothing"))
try:
    next(g)
except StopIteration:
    print("StopIteration again")
for x in g:
    print("never", x)
print("for loop over exhausted gen does nothing")
g2 = three()
first = next(g2)
print(first, list(g2))
g3 = three()
print(list(zip(g3, g3)))
g4 = three()
print(2 in g4, list(g4))
g5 = three()
print(sum(g5), sum(g5))
g6 = three()
it1 = iter(g6)
it2 = iter(g6)
print(next(it1), next(it2), next(it1))


def tracked():
    print("  body runs")
    yield "only"


t = tracked()
print("gen created")
print(list(t))
print(list(t))
print(type(t).__name__, type(iter(t)).__name__)


def gen_raises():
    yield 1
    raise ValueError("inside")


gr = gen_raises()
print(next(gr))
try:
    next(gr)
except ValueError as e:
    print("ValueError:", e)
print(next(gr, "exhausted after error"))
lst_iter = iter([1, 2])
print(iter(lst_iter) is lst_iter, list(lst_iter), list(lst_iter))
ge = (c for c in "ab")
print(iter(ge) is ge, list(ge), list(ge))
e = enumerate("xy")
print(iter(e) is e, list(e), list(e))
m = map(abs, [-1, -2])
print(list(m), list(m))
