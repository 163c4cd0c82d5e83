t = (3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5)
print(t.count(5), t.count(7), t.index(1), t.index(5), t.index(5, 5), t.index(3, 1))
try:
    t.index(42)
except ValueError as e:
    print("ValueError:", e)
print(len(t), min(t), max(t), sum(t), sorted(t)[:3])
print((1, 2) + (3,), (0,) * 3, 2 * ("a", "b"), () + ())
print((1,), (), tuple(), tuple("ab"), tuple([1, [2]]))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, "a") == (1, "a"))
a, b, *c = (1, 2, 3, 4)
print(a, b, c)
(x, y), z = (1, 2), 3
print(x, y, z)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], nested[-1])
tt = ([1], 2)
tt[0].append(3)
print(tt)
try:
    tt[1] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    tt += ([4],)
    print(tt)
except TypeError as e:
    print("TypeError:", e)
print(1 in t, 7 in t, t[2:5], t[::-4])
pairs = [(2, "b"), (1, "z"), (2, "a")]
print(sorted(pairs), max(pairs), min(pairs))
print(tuple(reversed((1, 2, 3))), list(enumerate(("x", "y"))))
print(repr((1,)), repr(("a", "b")), str(((),)), repr((None, True, 1.0)))
d = {(0, 0): "origin", (1, 0): "east"}
print(d[(0, 0)], d[1, 0])
single = 5,
print(single, type(single).__name__)
print(tuple(x * 2 for x in range(3)))
print(divmod(17, 5), type(divmod(1, 1)).__name__)
swap_a, swap_b = 1, 2
swap_a, swap_b = swap_b, swap_a
print(swap_a, swap_b)
