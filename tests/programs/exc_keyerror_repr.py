d = {"a": 1, 2: "two", (1, 2): "tuple"}
for key in ["b", 3, (3, 4), "", "it's", 'say "hi"', None, 1.5, "multi\nline"]:
    try:
        d[key]
    except KeyError as e:
        print("str:", str(e), "| repr:", repr(e), "| arg:", repr(e.args[0]))
try:
    d.pop("zz")
except KeyError as e:
    print("pop:", e)
try:
    del d["gone"]
except KeyError as e:
    print("del:", e)
try:
    {1, 2}.remove(3)
except KeyError as e:
    print("set.remove:", e)
try:
    {}.popitem()
except KeyError as e:
    print("popitem:", e)
try:
    set().pop()
except KeyError as e:
    print("set.pop:", e)
print(d.get("b"), d.get("b", "dflt"), d.pop("b", "pop-dflt"))
e = KeyError("x")
print(f"{e}", "%s" % e, "{}".format(e), [e], e.args)


class Missing(dict):
    def __missing__(self, key):
        return "missing:" + str(key)


m = Missing(a=1)
print(m["a"], m["zz"], m.get("zz"), "zz" in m)


class Strict(dict):
    def __missing__(self, key):
        raise KeyError("no such key: " + key)


try:
    Strict()["q"]
except KeyError as e:
    print(e)
