class E:
    def __eq__(self, o): return o == 3
    def __hash__(self): return 0
print(range(5).count(E()))
print(range(5).index(E()))
