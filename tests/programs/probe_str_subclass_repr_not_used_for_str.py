class Symbol(str):
    def __repr__(self): return f"Symbol({str.__repr__(self)})"
s = Symbol("abc")
print(s)
print(str(s), f"{s}", "%s" % s, "{}".format(s))
print(repr(s))
