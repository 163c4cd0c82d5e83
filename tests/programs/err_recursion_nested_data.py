# Comparing and printing deeply nested data raises RecursionError (no native stack overflow).
a = []
b = []
for i in range(3000):
    a = [a]
    b = [b]
d1 = {}
d2 = {}
for i in range(3000):
    d1 = {'k': d1}
    d2 = {'k': d2}
shallow = [[[1]]]
print(shallow == [[[1]]], repr(shallow))
n = 0
for x in [1, 2]:
    n += 1
print('compare lists', n)
print(d1 == d2)
