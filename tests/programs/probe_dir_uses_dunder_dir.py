class DirCustom:
    def __dir__(self): return ["b", "a"]
print(dir(DirCustom()))
