d = {}
for i in range(10):
    d[i * 3 % 10] = i
print(d, list(d), list(d.values()))
for k in list(d.keys()):
    if d[k] % 3 == 0:
        del d[k]
print(d)
for k in [5, 1]:
    d.pop(k)
d[5] = 'new5'
d[100] = 'hundred'
print(d, len(d))
ks = list(d.keys())
vs = list(d.values())
its = list(d.items())
print(ks, vs, its[-1])
print([k for k, v in d.items() if isinstance(v, int)])
copy = dict(d)
copy['extra'] = 1
print(len(d), len(copy), 'extra' in d)
big = {}
for i in range(1000):
    big[i] = i * i
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5], sum(big.values()))
for i in range(0, 10):
    big[i] = -i
print(list(big.items())[-10:][:4], list(big)[:3])
e = {'a': 1}
del e['a']
print(e, len(e), bool(e))
e['a'] = 2
print(e)
x = {1: 'one', 2: 'two'}
x.update({1: 'ONE'})
print(x, x.pop(2), x, x.setdefault(3, 'three'), x)
print({k: v for k, v in sorted({'b': 2, 'a': 1, 'c': 0}.items(), key=lambda kv: kv[1])})
