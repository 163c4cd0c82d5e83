def f(**kw):
    return kw
print(f(**{'k': 1}))
f(**{1: 2})
