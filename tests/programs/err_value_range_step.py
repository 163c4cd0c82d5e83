# range() with zero step
print(list(range(0, 5, 2)), list(range(5, 0, -2)))
r = range(1, 10, 0)
