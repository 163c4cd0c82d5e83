# iterating an int
for v in [1, 2]:
    print(v)
for c in 'ab':
    print(c)
print(list(range(3)), list((4, 5)))
n = 3
for v in n:
    print(v)
