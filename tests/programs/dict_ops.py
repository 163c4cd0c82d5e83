text = 'the cat and the dog and the bird'
counts = {}
for w in text.split():
    if w in counts:
        counts[w] += 1
    else:
        counts[w] = 1
print(counts)
counts2 = {}  # same via get()
for w in text.split():
    counts2[w] = counts2.get(w, 0) + 1
letters = {}
for ch in 'mississippi':
    letters[ch] = letters.get(ch, 0) + 1
print(counts == counts2, letters, sorted(letters.items(), key=lambda kv: (-kv[1], kv[0])))
groups = {}
for n in range(15):
    groups.setdefault(n % 4, []).append(n)
print(groups)
inv = {v: k for k, v in {'a': 1, 'b': 2, 'c': 3}.items()}
print(inv)
d = {i: i * i for i in range(6)}
print(d)
for k in list(d):
    if k % 2:
        del d[k]
print(d)
d[1] = 'back'
print(d, list(d.keys()))
m = {}
m[3] = 'x'
m[1] = 'y'
m[2] = 'z'
m[3] = 'w'
print(m, list(m.values()))
del m[1]
m[1] = 'again'
print(m)
nested = {}
for a in range(3):
    for b in range(2):
        nested.setdefault(a, {})[b] = a * b
print(nested)
keys = ['x', 'y', 'z']
vals = [1, 2, 3]
print(dict(zip(keys, vals)), {k: v for k, v in zip(keys, vals) if v != 2})
cache = {}
def fib(n):
    if n in cache:
        return cache[n]
    r = n if n < 2 else fib(n - 1) + fib(n - 2)
    cache[n] = r
    return r
print(fib(90), len(cache))
t = {}
t[(1, 2)] = 'tuple key'
t[-0] = 'zero'
t[0.0] = 'float zero'
print(t)
print(d.pop(0), d)
