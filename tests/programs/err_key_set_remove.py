# set.remove of a missing element
s = {1, 2, 3}
s.remove(2)
s.discard(2)
print(s, len(s))
s.remove(2)
