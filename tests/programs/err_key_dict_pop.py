# dict.pop without default on missing key
d = {'k': 1}
print(d.pop('k'), d, d.pop('k', None))
print(d.pop('k'))
