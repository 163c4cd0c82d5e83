# Loops whose values change type or size while a trace runs: every exit must rebuild the
# frame exactly (int -> float, small int -> big int, list resized, global rebound).

def int_then_float(n):
    x = 0
    for i in range(n):
        if i == n // 2:
            x = x + 0.5
        x = x + i
    return x

def overflow(n):
    x = 1
    i = 0
    while i < n:
        x = x * 3 + 1
        i += 1
    return x

def shrinking_list(n):
    xs = list(range(n))
    total = 0
    i = 0
    while i < len(xs) if False else i < n:
        if i < len(xs):
            total += xs[i]
        if i == n // 3:
            del xs[n // 2:]
        i += 1
    return total, len(xs)

def appending(n):
    xs = [1, 2, 3]
    total = 0
    for v in xs:
        total += v
        if len(xs) < n:
            xs.append(v + 1)
    return total, len(xs)

SCALE = 3

def global_rebound(n):
    global SCALE
    t = 0
    for i in range(n):
        t += i * SCALE
        if i == n // 2:
            SCALE = 2.5
    return t

def negative_index(n):
    xs = [i * i for i in range(10)]
    t = 0
    for i in range(n):
        t += xs[-1 - (i % 10)]
        xs[i % 10] = t % 97
    return t, xs

def floats(n):
    acc = 0.0
    for i in range(1, n):
        acc += 1.0 / i - (i % 7) * 0.25
        if acc > 10.0:
            acc = acc % 3.0
    return acc

def mod_div(n):
    t = 0
    for i in range(-n, n):
        t += i // 7 + i % 5 - (i << 2) + (i >> 1) + (i & 12) ^ 3
    return t

print(int_then_float(3000))
print(overflow(60))
print(shrinking_list(3000))
print(appending(2000))
print(global_rebound(3000))
print(negative_index(3000))
print(floats(3000))
print(mod_div(3000))
