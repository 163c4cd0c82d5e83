def gen(n):
    for i in range(n):
        yield i * 3


def words():
    yield "pear"
    yield "apple"
    yield "fig"


print(list(gen(4)), tuple(gen(3)), set(gen(3)) == {0, 3, 6})
print(dict(enumerate(words())))
print(list(enumerate(words(), start=1)))
print(list(zip(words(), gen(10))))
print(list(map(len, words())))
print(list(map(lambda a, b: a + b, gen(3), gen(5))))
print(list(filter(lambda w: "p" in w, words())))
print(" ".join(words()), "-".join(w.upper() for w in words()))
print(sorted(words()), sorted(words(), key=len), sorted(gen(4), reverse=True))
print(min(words()), max(words()), min(gen(5)), max(gen(5)), sum(gen(5)))
print(max(words(), key=len), min(words(), key=lambda w: w[-1]))
print(list(reversed(list(gen(4)))))
print(dict((w, len(w)) for w in words()))
print(dict(zip(words(), gen(3))))
print(any(gen(1)), all(gen(1)), any(gen(0)), all(gen(0)))
print(len(list(gen(100))), sum(1 for _ in words()))
print(frozenset(words()) == frozenset(["fig", "pear", "apple"]))
print(list(iter(gen(2))))
a, b, c = words()
print(a, b, c)
first, *rest = gen(5)
print(first, rest)
print([*gen(2), *words()])
print({**dict(enumerate(words()))})
print(str(list(gen(2))), sorted(set(words())))
import itertools
print(list(itertools.islice(gen(100), 2, 6)))
print(bytes(x for x in range(65, 70)))
print(list(zip(*zip(words(), gen(3)))))
print(divmod(sum(gen(10)), 7))
g = gen(3)
print(list(g), list(g), sum(g), max(g, default="empty"))
