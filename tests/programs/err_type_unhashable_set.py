# list in a set
s = {1, 2}
s.add((3, 4))
print(len(s), 1 in s, (3, 4) in s)
print(sorted([x for x in s if isinstance(x, int)]))
s.add([5])
