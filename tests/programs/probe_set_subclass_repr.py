class MySet(set): pass
class MyFS(frozenset): pass
print(MySet({1}), repr(MySet()), MyFS([2]))
