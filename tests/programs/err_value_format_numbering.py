print('{0} {1}'.format(1, 2), '{} {}'.format(3, 4))
print('{0} {}'.format(1, 2))
