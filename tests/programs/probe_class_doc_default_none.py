class C: pass
print(C.__doc__)
print(C().__doc__)
def f(): pass
print(f.__doc__)
