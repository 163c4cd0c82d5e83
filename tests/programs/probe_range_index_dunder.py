class N:
    def __index__(self): return 3
print(range(10)[N()])
