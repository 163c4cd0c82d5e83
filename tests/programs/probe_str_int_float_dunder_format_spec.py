class Name:
    def __init__(self, n): self.n = n
    def __format__(self, spec): return self.n.__format__(spec)
print(f"[{Name('bob'):>6}]")
print((5).__format__("03d"), (3.5).__format__(".2f"))
