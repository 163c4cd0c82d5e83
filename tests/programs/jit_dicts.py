# Dict items read and written by traces (str and small-int keys), with keys that turn
# into other equal forms, deletions and re-insertions mid-loop, and a missing key raising.
def f(n):
    d = {"a": 0, "b": 0, 5: 0, 7: 1.5}
    keys = ["a", "b", 5, 7]
    for i in range(n):
        k = keys[i % 4]
        d[k] = d[k] + i
        if i == n - 10:
            d[1.0] = 3
            keys[2] = 1
        if i == n - 5:
            del d["a"]
            d["a"] = -1
    return d
print(f(5000))
def g(n):
    d = {}
    for i in range(n):
        d[i % 7] = d.get(i % 7, 0) + 1
    try:
        for i in range(n):
            d[i % 9] += 1
    except KeyError as e:
        print("KeyError", e)
    return d
print(g(3000))
