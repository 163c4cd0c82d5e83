# Named set methods with non-set arguments build results in CPython's order.
a = {5, 13, 21, 1, 9, 100, 37}
print(a.union([77, 3, 45, 2]), a.union(range(40, 30, -1), {8, 1}))
print(a.intersection([100, 9, 5, 77]), a.intersection(range(50)), a.intersection({9, 5}, [5]))
print(a.difference([1, 9]), a.difference({5}, [13]), a.symmetric_difference([1, 2, 3, 200]))
f = frozenset([3, 1, 40, 2])
print(f.difference({3}, [1]), f.union([9]), f.intersection([40, 2]), f.symmetric_difference([2, 7]))
b = set(range(20)); b.difference_update(range(0, 20, 3)); print(b)
c = set(range(20)); c.intersection_update([19, 4, 7, 100]); print(c)
d = {1, 2}; d.update([9, 8], {33}); print(d)
