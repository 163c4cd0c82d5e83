# missing tuple key (message shows the tuple)
d = {(1, 2): 'a'}
print(d[(1, 2)], d[1, 2], (2, 1) in d)
print(d[(2, 1)])
