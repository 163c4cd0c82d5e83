d = {"a": 1, "b": 2, "c": 3}
k = d.keys()
v = d.values()
it = d.items()
print(k, v, it)
print(type(k).__name__, type(v).__name__, type(it).__name__)
d["d"] = 4
print(list(k), list(v), len(it))
del d["a"]
print(k, len(k))
print(sorted(k & {"b", "x"}), sorted(k | {"z"}), sorted(k - {"b"}), sorted(k ^ {"b", "q"}))
print(k == {"b", "c", "d"}, k <= {"b", "c", "d", "e"}, k < {"b"}, k >= {"c"})
print("b" in k, 2 in v, ("c", 3) in it, ("c", 4) in it)
print(sorted(it & {("b", 2), ("x", 9)}), sorted(it - {("b", 2)}))
other = {"c": 3, "d": 40, "e": 5}
print(sorted(d.keys() & other.keys()), sorted(d.keys() - other.keys()), sorted(d.items() & other.items()))
print(isinstance(k & {"b"}, set), k.isdisjoint({"q"}), k.isdisjoint(["b"]))
print(list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
print(v == v, list(v) == [2, 3, 4])
try:
    for key in d:
        d["new" + key] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(sorted(d))
snapshot = list(d.keys())
for key in snapshot:
    if key.startswith("new"):
        del d[key]
print(d)
print({k2: v2 for k2, v2 in d.items() if v2 > 2})
ks = dict.fromkeys("abc").keys()
print(sorted(ks | "xy".split()), ks - ["a"] == {"b", "c"})
print(repr({}.keys()), repr({}.items()))
