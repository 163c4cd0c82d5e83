_MISSING = object()
_NOTHING = object()


def lookup(d, key, default=_MISSING):
    if key in d:
        return d[key]
    if default is _MISSING:
        raise KeyError(key)
    return default


data = {"a": None, "b": 0}
print(lookup(data, "a"), lookup(data, "b"), lookup(data, "z", None), lookup(data, "z", "dflt"))
try:
    lookup(data, "z")
except KeyError as e:
    print("KeyError:", e)
print(_MISSING is _MISSING, _MISSING is _NOTHING, _MISSING == _NOTHING, _MISSING != _NOTHING)
print(type(_MISSING).__name__, type(_MISSING) is object, isinstance(_MISSING, object))
print(bool(_MISSING), _MISSING in [_NOTHING], _MISSING in [_NOTHING, _MISSING])


def first(iterable, default=_MISSING):
    for item in iterable:
        return item
    if default is _MISSING:
        raise ValueError("empty iterable")
    return default


print(first([3, 4]), first([], None), first("", "no chars"))
try:
    first([])
except ValueError as e:
    print("ValueError:", e)
seen = {_MISSING: "sentinel as key"}
print(seen[_MISSING], len({_MISSING, _NOTHING, _MISSING}))
o = object()
try:
    o.attr = 1
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(o, "__dict__"), o.__class__.__name__, str(type(o)))
print(object.__name__, object.__bases__, object.__mro__)


def merge(a, b, fill=_MISSING):
    out = []
    for i in range(max(len(a), len(b))):
        x = a[i] if i < len(a) else fill
        y = b[i] if i < len(b) else fill
        out.append("?" if x is _MISSING or y is _MISSING else x + y)
    return out


print(merge([1, 2, 3], [10, 20]), merge([1], [2, 3], fill=0))
sentinels = [object() for _ in range(3)]
print(sum(1 for s in sentinels if s is sentinels[1]), len(set(sentinels)))
