# list as dict key
d = {}
d[(1, 2)] = 'tuple ok'
d[None] = 'none ok'
d[3.5] = 'float ok'
print(d)
print(hash((1, 2)) == hash((1, 2)), (1, 2) in d)
key = [1, 2]
print('key is', key)
d[key] = 'bad'
