d = {1: 2, 3: 4}; e = {3: 4, 1: 2}
print(d.keys() == e.keys(), d.items() == e.items(), d.values() == e.values(), d.keys() == {1, 3}, {(1, 2), (3, 4)} == d.items())
print(d.keys() <= e.keys(), {1: 0}.keys() < d.keys(), d.keys() > {1}, d.keys() != {1}, d.values() == d.values())
print('ab'.upper(), (1).__class__, range(3).start, str.join, type(len).__name__)
