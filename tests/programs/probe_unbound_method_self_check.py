# Unbound builtin methods check their self argument (pyjit used to read the wrong payload).
cases = [
    lambda: str.upper(5),
    lambda: list.append(5, 1),
    lambda: int.bit_length("x"),
    lambda: int.to_bytes("x", 2, "big"),
    lambda: dict.keys([]),
    lambda: set.add(frozenset(), 1),
    lambda: tuple.count([1], 1),
    lambda: bytes.hex("ab"),
]
for c in cases:
    try:
        print(c())
    except TypeError as e:
        print("TypeError:", e)


class L(list):
    pass


l = L()
print(list.append(l, 3), l, L.__len__(L([1, 2])), int.__add__(3, 4), str.upper("ab"))
print(dict.get({"a": 1}, "a"), bool.__or__(True, False) if hasattr(bool, "__or__") else True)
