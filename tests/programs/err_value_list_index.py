# list.index of a missing value
lst = ['a', 'b', 'c']
print(lst.index('c'), lst.index('a'))
print(lst.index('z'))
