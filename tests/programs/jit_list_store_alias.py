# Item stores leave a list's length and item array alone; appends and pops move both.
# Traces keep len() and the item array across item stores, and reload them after
# append/pop: every loop here prints what CPython prints.


def stores_then_len(n):
    xs = [0] * 8
    total = 0
    for i in range(n):
        xs[i % 8] = i
        total += len(xs) + xs[(i + 3) % 8]
    return total, xs


def store_append_pop(n):
    xs = [1, 2, 3]
    acc = 0
    for i in range(n):
        xs[0] = i
        if i % 3 == 0:
            xs.append(i)
        elif i % 3 == 1 and len(xs) > 3:
            acc += xs.pop()
        acc += len(xs) * 7 + xs[len(xs) - 1] + xs[0]
    return acc, len(xs), xs[:5]


def two_names_one_list(n):
    a = [0.0] * 4
    b = a
    s = 0.0
    for i in range(n):
        a[i % 4] = i * 0.5
        s += b[i % 4] + len(b)
        if i % 50 == 49:
            b.append(1.0)
            a.pop(0)
    return s, len(a), a[:3]


def grow_inside_inner(n):
    out = []
    for i in range(n):
        row = [i]
        for j in range(i % 5):
            row.append(row[-1] + j)
            row[0] = len(row)
        out.append(row[0] + row[-1])
    return sum(out), len(out)


print(stores_then_len(3000))
print(store_append_pop(3000))
print(two_names_one_list(3000))
print(grow_inside_inner(3000))
