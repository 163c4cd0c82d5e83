class E: pass
f = E()
f.__dict__ = {"eps": 5}
print(vars(f))
print(f.eps)
