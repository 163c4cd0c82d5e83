# Locals that a loop overwrites before reading are left out of the JIT's exits
# (interp/src/liveness.rs): every way the program can still see such a local must
# see the value CPython has there.


def last_temporaries(n):
    # t and u are dead at the loop header but read after the loop.
    total = 0
    for i in range(n):
        t = i * 3
        u = t % 7
        total += u
    return total, t, u


def handler_reads_temp(xs):
    # The exception edge makes t live inside the try block.
    total = 0
    t = -1
    try:
        for x in xs:
            t = x * 2
            total += 100 // x
    except ZeroDivisionError:
        return "t was %d, total %d" % (t, total)
    return "no error, t %d" % t


def sometimes_assigned(n):
    # last is only written on some iterations: live at the header.
    last = None
    for i in range(n):
        if i % 97 == 5:
            last = i
    return last


def with_locals(n):
    # tmp is read only through locals().
    acc = 0
    for i in range(n):
        tmp = i * i
        acc += tmp & 15
    d = locals()
    return acc, d["tmp"], sorted(d)


def with_vars(n):
    s = 0.0
    for i in range(n):
        x = i * 0.5
        s += x
    return sorted(vars().items())


def deleted(n):
    total = 0
    for i in range(n):
        gone = i + 1
        total += gone
        del gone
    try:
        print(gone)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    return total


def inner_temp(n):
    # The inner loop's temporary is read by the outer loop.
    out = 0
    for i in range(n):
        for j in range(20):
            d = i - j
        out += d
    return out


def while_temp(n):
    k = 0
    acc = 0
    while k < n:
        sq = k * k
        acc = (acc + sq) % 1000003
        k += 1
    return acc, sq, k


def type_change(n):
    # The temporary changes type mid-loop: exits must still rebuild what is live.
    s = 0
    for i in range(n):
        v = i if i < n // 2 else i * 0.5
        s += v
    return s, v


print(last_temporaries(5000))
print(handler_reads_temp([5, 4, 3, 2, 1] * 500 + [0, 7]))
print(handler_reads_temp([1] * 3000))
print(sometimes_assigned(4000))
print(with_locals(3000))
print(with_vars(3000))
print(deleted(3000))
print(inner_temp(300))
print(while_temp(5000))
print(type_change(4000))
