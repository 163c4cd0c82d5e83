def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1

def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n

def collatz(n):
    while True:
        yield n
        if n == 1:
            return
        n = n // 2 if n % 2 == 0 else 3 * n + 1

ps = []
for p in primes():
    if p > 50:
        break
    ps.append(p)
print(ps)
g = primes()
print([next(g) for _ in range(10)])
print(next(g), next(g))
print(list(collatz(27))[:10], len(list(collatz(27))))

def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out

def cycle(seq):
    while True:
        for x in seq:
            yield x

print(take(7, cycle("abc")))
print(take(5, naturals(10)))

def evens():
    for n in naturals():
        if n % 2 == 0:
            yield n

def mapped(f, it):
    for x in it:
        yield f(x)

print(take(6, mapped(lambda v: v * v, evens())))
print(list(zip(range(4), naturals(100))))
print(dict(zip("wxyz", cycle([True, False]))))
count = 0
for a, b in zip(naturals(), naturals(1)):
    count += a * b
    if a == 10:
        break
print(count)

def random_walk(seed):
    x = seed
    pos = 0
    while True:
        x = (x * 1103515245 + 12345) % 2147483648
        pos += 1 if x % 2 else -1
        yield pos

w = random_walk(42)
print([next(w) for _ in range(15)])
