def f(**kw):
    return kw
print(f(a=1, **{'b': 2}))
f(x=1, **{'x': 2})
