# A loop body indexing several lists with one index checks the index once, against the
# smallest length. Whichever list is too short, the IndexError (or the except clause that
# catches it) must come at the same point, with the same side effects done before it.


def sums(xs, ys, zs, n):
    out = []
    t = 0.0
    for i in range(n):
        t += xs[i]
        out.append(i)
        t += ys[i] * 2.0
        out.append(-i)
        t += zs[i] * 3.0
    return t, len(out)


def guarded(xs, ys, zs, n):
    t = 0.0
    done = 0
    for i in range(n):
        try:
            t += xs[i]
            done += 1
            t += ys[i] + zs[i]
            done += 1
        except IndexError:
            t -= 1.0
    return t, done


def compared(xs, ys, n):
    # The same compare serves the program's own test and a bounds check.
    hits = 0
    for i in range(n):
        if i < len(xs):
            hits += xs[i] + ys[i]
    return hits


def kept_flag(xs, ys, idx):
    # The compare that checks xs[i] is also a value the program keeps.
    t = 0.0
    yes = no = 0
    for i in idx:
        b = i < len(xs)
        try:
            t += xs[i] + ys[i]
        except IndexError:
            t -= 1.0
        if b:
            yes += 1
        else:
            no += 1
    return t, yes, no


def two_indices(a, b, pairs):
    t = 0
    for i, j in pairs:
        t += a[i] * b[j] - a[j] * b[i]
    return t


long = [float(k) for k in range(3000)]
short = long[:2500]
print(sums(long, long, long, 3000))
for args in [(short, long, long), (long, short, long), (long, long, short)]:
    try:
        print(sums(*args, 3000))
    except IndexError as e:
        print("IndexError:", e)
    print(guarded(*args, 3000))
print(compared(long, long, 2800), compared(short, long, 2800))
try:
    print(compared(long, short, 2800))
except IndexError as e:
    print("IndexError:", e)
print(kept_flag(long, short, [k % 2900 for k in range(6000)]))
ints = list(range(100))
pairs = [(i, (i * 7) % 100) for i in range(100)] * 30
print(two_indices(ints, ints, pairs))
print(two_indices(ints, ints[:99] + [0], pairs))
try:
    two_indices(ints, ints[:60], pairs)
except IndexError as e:
    print("IndexError:", e)
