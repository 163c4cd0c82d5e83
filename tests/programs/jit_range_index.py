# Range-loop indices in a trace's loop body carry no sign check, and the iterator's
# position is stored as its low word only (jit/src/opt/induction.rs). Exits in the
# middle of such loops must leave an iterator the interpreter continues exactly.


def total(xs, start, step):
    t = 0
    for i in range(start, len(xs), step):
        t += xs[i]
    return t


def with_exit(xs):
    # The element type changes mid-loop: the trace leaves, the interpreter continues the
    # same range iterator, then the trace is entered again.
    t = 0
    seen = []
    for i in range(len(xs)):
        v = xs[i]
        t += v
        if i % 997 == 0:
            seen.append(i)
    return t, seen


def negative_start(xs):
    # Negative indices count from the end: the trace must not take them as valid.
    t = 0
    for i in range(-5, len(xs)):
        t += xs[i] * (i + 7)
    return t


def resumed(n):
    # The same iterator driven partly by the trace, partly by the interpreter.
    it = iter(range(n))
    acc = 0
    for i in it:
        acc += i
        if i == n // 2:
            break
    rest = list(it)
    return acc, len(rest), rest[:3], rest[-3:]


xs = list(range(5000))
print(total(xs, 0, 1), total(xs, 3, 1), total(xs, 2, 3), total(xs, 0, 7))
mixed = [1] * 3000 + [2.5] + [3] * 3000 + [0.5]
print(with_exit(mixed))
print(negative_start(list(range(4000))))
print(resumed(10000))
