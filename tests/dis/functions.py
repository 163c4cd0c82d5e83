def outer(a, b=2, *args, key=None, **kw):
    count = 0
    def inner(x):
        nonlocal count
        count += x
        return count + a
    return inner(b), [y * 2 for y in args if y], {k: v for k, v in kw.items()}

print(outer(1, 2, 3, key="k", z=1))
