squares = {n: n * n for n in range(6)}
print(squares)
evens = {k: v for k, v in squares.items() if k % 2 == 0}
print(evens)
inv = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inv)
words = ["apple", "bat", "cat", "dove"]
print({w: len(w) for w in words}, {len(w): w for w in words})
grid = {(r, c): r * 3 + c for r in range(2) for c in range(3)}
print(grid)
print({c: [i for i, ch in enumerate("banana") if ch == c] for c in "ban"})
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a)
print(a, b)
c = a
c |= b
print(a, c is a)
c |= [("w", 0)]
print(c)
try:
    a | [("k", 1)]
except TypeError as e:
    print("TypeError:", e)
print({**b, **{"z": 0}, "extra": True})
print(dict(a, **{"q": 9}))
merged = {}
for src in [{"a": 1}, {"b": 2}, {"a": 3}]:
    merged.update(src)
print(merged)
print({k: v for k, v in sorted({"b": 2, "a": 1}.items())})
print({x % 3: x for x in range(10)})
nested = {i: {j: i * j for j in range(3)} for i in range(3)}
print(nested)
print(dict(sorted({"c": 3, "a": 1, "b": 2}.items(), key=lambda kv: kv[1], reverse=True)))
keys = ["k1", "k2", "k3"]
vals = [10, 20]
print(dict(zip(keys, vals)), {k: None for k in keys})
