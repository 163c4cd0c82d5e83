from collections import OrderedDict

od = OrderedDict()
od["b"] = 2
od["a"] = 1
od["c"] = 3
print(od, list(od))
od.move_to_end("b")
print(list(od))
od.move_to_end("c", last=False)
print(list(od))
print(od.popitem(), od.popitem(last=False), od)
od.update([("x", 9), ("y", 8)])
print(od)
od2 = OrderedDict([("y", 8), ("x", 9), ("a", 1)])
print(od == od2, dict(od) == dict(od2))
print(OrderedDict(a=1) == {"a": 1})
try:
    od.move_to_end("nope")
except KeyError as e:
    print("KeyError:", e)
lru = OrderedDict()
cap = 3
for key in ["a", "b", "c", "a", "d", "b", "e"]:
    if key in lru:
        lru.move_to_end(key)
        print("hit ", key, list(lru))
    else:
        lru[key] = key.upper()
        if len(lru) > cap:
            evicted = lru.popitem(last=False)
            print("miss", key, "evict", evicted, list(lru))
        else:
            print("miss", key, list(lru))
print(list(reversed(od2)), list(od2.keys()), list(od2.values()), list(od2.items()))
print(OrderedDict.fromkeys("abc", 0))
cp = od2.copy()
cp["new"] = 0
print(len(od2), len(cp), type(cp).__name__)
print(repr(OrderedDict()), OrderedDict([(1, "one")]))
print(od2.setdefault("z", 26), od2.pop("x"), list(od2))
