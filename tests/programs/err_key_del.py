# del of a missing key
d = {'one': 1, 'two': 2}
del d['one']
print(d)
del d['one']
