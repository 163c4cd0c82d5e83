# Global loads in traces remember where they found their name; the dicts' layouts and
# entry counts decide when that is stale. Globals rebound, deleted, re-added, shadowing a
# builtin mid-loop, and the globals dict growing must all read right.

scale = 2


def rebound(n):
    global scale
    t = 0
    for i in range(n):
        if i == n // 2:
            scale = 3
        t += scale * i
    return t


def shadowed(n):
    # `abs` is a builtin until the loop defines a global of that name.
    t = 0
    for i in range(n):
        if i == n // 2:
            globals()["abs"] = lambda x: 1000
        t += abs(-i)
    del globals()["abs"]
    return t


bonus = 7


def deleted_and_back(n):
    t = 0
    for i in range(n):
        if i == n // 3:
            del globals()["bonus"]
            globals()["bonus"] = 11
        t += bonus
    return t


def grows(n):
    # New globals each iteration: the globals dict grows (and its table is rebuilt).
    t = 0
    for i in range(n):
        globals()["g_%d" % i] = i
        t += scale + i
    return t


def missing(n):
    t = 0
    for i in range(n):
        if i == n - 5:
            del globals()["bonus"]
        t += bonus
    return t


print(rebound(5000))
print(shadowed(5000))
print(deleted_and_back(5000))
print(grows(3000))
try:
    print(missing(5000))
except NameError as e:
    print("NameError:", e)
