# max() of an empty sequence without default
print(max([3, 1]), max([], default=None), min('', default='empty'))
print(max([]))
