# Loops over dicts, their keys, values and items in traces: entries deleted and added
# between loops, a dict resized or rekeyed mid-loop (RuntimeError), values stored mid-loop.
def f(d):
    t = 0
    ks = ""
    for k, v in d.items():
        t += v
        ks += k[0]
    for k in d:
        t += len(k)
    for v in d.values():
        t -= v
    for k in d.keys():
        t += 1
    return t, ks[:30]
d = {"k%d" % i: i for i in range(300)}
print(f(d))
del d["k5"]
del d["k77"]
d["new"] = 5
print(f(d))
def mutate(d):
    n = 0
    try:
        for k, v in d.items():
            n += v
            if n > 1000:
                d["x" + str(n)] = 1
    except RuntimeError as e:
        print("RuntimeError", e)
    return n
print(mutate({i: i for i in range(200)}))
def values_change(d):
    n = 0
    for k, v in d.items():
        d[k] = v + 1
        n += v
    return n, d[0], d[199]
print(values_change({i: i for i in range(200)}))
def mixed(d):
    n = 0.0
    for k, v in d.items():
        n += v
    return n
print(mixed({i: (i if i % 50 else i * 0.5) for i in range(400)}))
def keys_change_same_size(d):
    n = 0
    try:
        for k in d:
            n += 1
            if n == 150:
                del d[0]
                d[-1] = 0
    except RuntimeError as e:
        print("RuntimeError", e)
    return n
print(keys_change_same_size({i: i for i in range(300)}))
