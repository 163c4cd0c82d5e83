# A local read as a plain object (appended, stored, compared by identity) at the top of an
# iteration and rebound to a number later in it: the next iteration must see the number
# boxed. (The loop pass once handed the raw unboxed number to the append.)


def appends(n):
    out = []
    x = 0
    y = 0.5
    flag = False
    for i in range(n):
        out.append(x)
        out.append(y)
        out.append(flag)
        x = i + 1
        y = i * 0.25
        flag = i % 2 == 0
    return out[-6:], sum(out[::3])


def stores(n):
    cells = [None] * 8
    v = 1
    for i in range(n):
        cells[i % 8] = v
        v = i * 3
    return cells


def identity(n):
    hits = 0
    prev = None
    for i in range(n):
        if prev is not None:
            hits += 1
        prev = i
    return hits


print(appends(3000))
print(stores(3000))
print(identity(3000))
