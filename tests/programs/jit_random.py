# random.random() and random.choice() inside traced loops draw from the same generator,
# in the same order, as the interpreter: the numbers and the state afterwards match CPython.
import random


def walk(n):
    x = 0.0
    hits = 0
    for i in range(n):
        u = random.random()
        x += u
        if u < 0.25:
            hits += 1
    return x, hits


def pick(n, items):
    counts = {}
    total = 0
    for i in range(n):
        c = random.choice(items)
        total += c
        counts[c] = counts.get(c, 0) + 1
    return total, sorted(counts.items())


def pick_shrinking(seq):
    # The list shrinks to empty: choice then raises IndexError, as in CPython.
    taken = []
    try:
        while True:
            v = random.choice(seq)
            taken.append(v)
            seq.pop()
    except IndexError as e:
        return len(taken), sum(taken), str(e)


def mixed(n):
    # Draws inside the trace interleaved with draws the trace cannot make (randrange).
    acc = 0
    for i in range(n):
        if i % 7 == 0:
            acc += random.randrange(1000)
        acc += int(random.random() * 100)
        acc += random.choice((1, 2, 3, 5, 8))
    return acc


def switch_types(n):
    # random.random is rebound halfway: the trace's identity guard sends it back.
    s = 0.0
    for i in range(n):
        if i == n // 2:
            random.random = lambda: 0.5
        s += random.random()
    return s


random.seed(12345)
x, hits = walk(5000)
print("walk %.9f %d" % (x, hits))
print("pick list", pick(4000, [3, 1, 4, 1, 5, 9, 2, 6]))
print("pick tuple", pick(4000, (10, 20, 30)))
print("shrinking", pick_shrinking(list(range(3000))))
print("mixed", mixed(6000))
print("state", random.getrandbits(32), round(random.random(), 12))
orig = random.random
print("switch %.9f" % switch_types(4000))
random.random = orig
print("after", round(random.random(), 12))
