# Specialization stress: LOAD_GLOBAL_MODULE / LOAD_GLOBAL_BUILTIN and the
# builtin-call fast paths (CALL_LEN, CALL_ISINSTANCE, CALL_TYPE_1) when
# globals are rebound, deleted, added, and builtins are shadowed/replaced.
import builtins

G = 1


def read_g():
    try:
        return G * 2
    except NameError as e:
        return "NameError:" + str(e)


def bump_g():
    global G
    G = G + 1


def use_builtins(x):
    return (len(x), isinstance(x, list), type(x).__name__, abs(-3), max(1, 2))


out = []
for i in range(3000):
    if i == 1000:
        G = 2.5
    elif i == 1500:
        G = "s"
    elif i == 2000:
        del G
    elif i == 2500:
        globals()["G"] = 2**70
    r = read_g()
    if i % 250 == 0 or i in (1000, 1001, 1500, 2000, 2001, 2500, 2501):
        out.append((i, r))
print(out)

G = 0
for i in range(2000):
    bump_g()
print("bumped", G, read_g())
globals().pop("G")
print("popped", read_g())
G = -1

# Builtins shadowed by globals that appear and disappear mid-loop.
seen = []
for i in range(3000):
    if i == 800:
        def len(x):
            return "fake-len"
    elif i == 1200:
        del len
    elif i == 1600:
        isinstance = lambda a, b: "fake-isinstance"
    elif i == 2000:
        del isinstance
        type = lambda o: dict
    elif i == 2400:
        del type
        abs = lambda v: "global-abs"
    r = use_builtins([i])
    if i % 400 == 0 or i in (800, 801, 1200, 1201, 1600, 1601, 2000, 2001, 2400, 2401):
        seen.append((i, r))
for s in seen:
    print(s)
del abs

# Replace the builtins themselves.
real_len = builtins.len
real_isinstance = builtins.isinstance
real_abs = builtins.abs
seen = []
for i in range(2000):
    if i == 700:
        builtins.len = lambda x: 1000 + real_len(x)
    elif i == 1000:
        builtins.isinstance = lambda a, b: "patched"
    elif i == 1300:
        builtins.len = real_len
        builtins.isinstance = real_isinstance
    elif i == 1600:
        del builtins.abs
    elif i == 1700:
        builtins.abs = lambda v: "new-abs"
    try:
        r = use_builtins((1, 2))
    except NameError as e:
        r = "NameError:" + str(e)
    if i % 300 == 0 or i in (700, 701, 1000, 1300, 1600, 1601, 1700, 1701):
        seen.append((i, r))
for s in seen:
    print(s)
builtins.abs = real_abs
print("abs restored", abs(-7))

# A global shadowing a builtin, defined inside a function via `global`.
def install():
    global min
    min = lambda *a: "global-min"


def call_min():
    return min(3, 4)


r1 = [call_min() for i in range(1000)][-1]
install()
r2 = [call_min() for i in range(1000)][-1]
del min
r3 = call_min()
print("min", r1, r2, r3)
