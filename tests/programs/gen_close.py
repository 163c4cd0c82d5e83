def worker(name):
    print("  %s: start" % name)
    try:
        i = 0
        while True:
            yield i
            i += 1
    except GeneratorExit:
        print("  %s: got GeneratorExit" % name)
        raise
    finally:
        print("  %s: finally cleanup" % name)

w = worker("w1")
print(next(w), next(w))
w.close()
print("closed w1")
w.close()
print("closing again is a no-op")
try:
    next(w)
except StopIteration:
    print("next after close -> StopIteration")
unstarted = worker("w2")
unstarted.close()
print("closed unstarted (no output from generator)")

def only_finally():
    try:
        yield 1
        yield 2
    finally:
        print("  only_finally cleanup")

g = only_finally()
print(next(g))
g.close()
held = only_finally()
for v in held:
    print("loop", v)
    break
print("after break, generator still suspended")
held.close()
print("explicitly closed")

def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        print("  trying to keep going")
        yield 2

bad = ignores_exit()
next(bad)
try:
    bad.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def returns_on_exit():
    try:
        yield "x"
    except GeneratorExit:
        print("  returning quietly")
        return "ignored value"

r = returns_on_exit()
next(r)
print(r.close())

def throwable():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("  handled inside:", e)

t = throwable()
print(next(t))
print(t.throw(ValueError("bad input")))
try:
    t.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated out:", repr(e))
try:
    next(t)
except StopIteration:
    print("generator finished after unhandled throw")
