x = -5 + 2 ** 10
s = {3, 1, 2}
t = (1, 2, (3, "four"))
name = "pyjit"
print(f"{name!r:>10} {x:08.3f} {t}", sep="|")
a, *rest = [1, 2, 3]
d = {"a": 1, **{"b": 2}}
print(a if a < x < 100 else rest, d["a"], t[1:], s)
