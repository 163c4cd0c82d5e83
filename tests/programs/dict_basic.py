d = {'b': 2, 'a': 1, 'c': 3}
e = {}
print(d, e, len(d), len(e), d['a'], d['c'])
d['d'] = 4
d['b'] = 20
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print('a' in d, 'z' in d, 'z' not in d, 2 in d, 20 in d.values())
print(d.get('a'), d.get('z'), d.get('z', 0), d.get('a', 99))
del d['a']
print(d)
d['a'] = 100
print(d)
print(d.pop('b'), d.pop('zz', 'dflt'), d)
print(d.setdefault('c', 0), d.setdefault('new', []), d)
d.setdefault('new', []).append(1)
d.setdefault('lst', []).append(2)
print(d)
d.update({'c': 33, 'x': 1})
d.update(y=2, z=3)
d.update([('p', 1), ('q', 2)])
print(d)
for k in d:
    print(k, end=',')
print()
for k, v in d.items():
    print(k + '=' + str(v), end=' ')
print()
print(dict(), dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict({'x': 1}, y=2), dict(zip('ab', [1, 2])))
print({1: 'a', True: 'b', 1.0: 'c'}, {0: 0, False: 1})
print({(1, 2): 3, None: 4, -1: 5, 2 ** 70: 6, 2.5: 7})
print(d == dict(d), {1: 2} == {1: 2}, {1: 2, 3: 4} == {3: 4, 1: 2}, {} == {}, {1: 2} != {1: 3})
print(bool({}), bool({0: 0}), isinstance({}, dict), type({}))
c = d
c['alias'] = True
print('alias' in d, len(d))
n = {'outer': {'inner': [1, 2, {'deep': 'yes'}]}}
print(n['outer']['inner'][2]['deep'], n)
print(sorted({3: 'c', 1: 'a', 2: 'b'}), sorted({'b': 1, 'a': 2}.items()))
print(max({1: 'z', 5: 'a'}), min({'k': 1, 'j': 2}), sum({1: 0, 2: 0}))
