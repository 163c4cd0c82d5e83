import math
class V:
    def __trunc__(self): return 99
    def __floor__(self): return 98
    def __ceil__(self): return 97
print(math.trunc(V()))
print(math.floor(V()))
print(math.ceil(V()))
