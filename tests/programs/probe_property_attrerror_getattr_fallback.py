class PP:
    @property
    def p(self): raise AttributeError("inner")
    def __getattr__(self, n): return "ga:" + n
print(PP().p)
