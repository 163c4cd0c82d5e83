class R:
    def __rmod__(self, o): return "R.__rmod__ called"
    def __str__(self): return "R-str"
print("value: %s" % R())
