# missing str key
d = {'a': 1, 'b': 2}
print(d['a'], d.get('x'), d.get('x', 0), 'x' in d)
print(d.pop('x', 'default'))
print(d['x'])
