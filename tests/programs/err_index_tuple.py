# tuple index out of range
t = (1, 2)
print(t[-1], t[0:10], t[-2], t[::-1])
print(t[-3])
