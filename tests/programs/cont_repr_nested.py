data = {
    "name": "O'Brien",
    "quote": 'He said "hi"',
    "both": "it's \"mixed\"",
    "escapes": "tab\there\nnewline\\backslash",
    "unicode": "café ñ 日本",
    "ctrl": "\x00\x07\x1b\x7f",
    "empty": "",
    "nested": [1, (2, 3), {"k": [None, True, 1.5]}, set(), frozenset()],
    "tuple1": (1,),
    "tuple0": (),
    42: [[], {}, [[]]],
    (1, "a"): "tuple key",
}
print(data)
print(repr(data["both"]))
print(str(data["both"]))
print([data["escapes"]])
print(repr("'"), repr('"'), repr("'\""), repr("\\"), repr("\r"), repr("\u200b"), repr("\xa0"))
print(repr(["a'b", 'c"d']), ("x",), [("y",)])
print(repr(1.0), repr(1e16), repr(-0.0), repr(float("inf")), repr(2 ** 70), repr(-1e-5), repr(1.5e300))
print([1.1, 2.2, 0.1 + 0.2], {0.5: 1e-10})
print({1: {2: {3: {}}}}, [[[[]]]], ((((),),),))
print(repr(True), repr(None), [True, None, False])
print(repr(range(3)), [range(0, 10, 2)], repr(slice(1, 2)))
print({"a": "b"}.items(), list({"a": "b"}.items()))
lst = [1, 2]
lst.append(lst)
print(lst)
d = {"self": None}
d["self"] = d
print(d)
print(str([1, "2"]), str(("3",)), str({"4": 4}))
print(repr("multi\nline"), "multi\nline")
print(repr(b"bytes'q"), repr(b'"'), repr(bytearray(b"ba")))
print(f"{data['name']!r} {data['tuple1']} {data['nested'][2]}")
