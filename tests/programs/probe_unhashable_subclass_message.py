class L(list): pass
try:
    hash(L())
except TypeError as e:
    print(e)
