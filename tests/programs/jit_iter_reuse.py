# Nested loops whose inner iterators a trace makes and, when the inner loop ends, reuses
# for the next one. Every way an iterator can outlive its loop, or be shared, must still
# behave as in CPython.


def grid(n):
    total = 0
    rows = [list(range(i, i + 5)) for i in range(n)]
    for row in rows:
        for x in row:
            total += x
        for j in range(3):
            total += j
        for k in range(len(row) - 1, -1, -2):
            total -= row[k]
    return total


def named_range(n):
    # The range object has a name, so it is built; its iterator is still the loop's own.
    acc = 0
    for i in range(n):
        r = range(i % 4)
        for j in r:
            acc += j
        for j in r:
            acc += 10 * j
    return acc


def shared_iterator(n):
    # `for x in it` iterates an iterator the program holds: never reused behind its back.
    acc = []
    for i in range(n):
        it = iter([i, i + 1, i + 2])
        for x in it:
            acc.append(x)
            break
        acc.append(next(it))
        for x in it:
            acc.append(x)
    return sum(acc), len(acc)


def exhausted_then_reused(n):
    # `it` is exhausted by its loop but still held: the next loop's iterator is not it.
    out = 0
    for i in range(n):
        it = iter([1, 2, 3])
        for x in it:
            out += x
        for y in [10, 20, 30]:
            out += y
            if y == 20:
                break
        out += next(it, 1000)
    return out


def enumerate_held(n):
    # The same with an enumerate object the program names.
    out = 0
    xs = [1, 2, 3]
    for i in range(n):
        e = enumerate(xs)
        for k, x in e:
            out += k * x
        for y in [10, 20, 30]:
            out += y
            if y == 20:
                break
        for k, x in e:
            out += 1000
    return out


def early_exits(n):
    found = 0
    for i in range(n):
        for j in range(10):
            if j == i % 7:
                break
        else:
            found += 100
        found += j
    return found


def returns_from_inner(xs, target):
    for row in xs:
        for x in row:
            if x == target:
                return x, row
    return None


def comprehension_inside(n):
    acc = 0
    data = [1, 2, 3, 4]
    for i in range(n):
        acc += sum([x * i for x in data])
        acc += max(x for x in range(i % 5 + 1))
    return acc


def three_deep(n):
    acc = 0
    for a in range(n):
        for b in range(3):
            for c in [1, 2]:
                acc += a * b + c
    return acc


def zipped(n):
    acc = 0
    xs = [1.5, 2.5, 3.5]
    for i in range(n):
        for a, b in zip(xs, range(3)):
            acc += a * b
        for k, v in enumerate(xs):
            acc -= k * v
    return acc


def mutated(n):
    acc = 0
    for i in range(n):
        items = [i, i + 1]
        for x in items:
            if len(items) < 5:
                items.append(x + 10)
            acc += x
    return acc


print(grid(1500))
print(named_range(3000))
print(shared_iterator(1500))
print(exhausted_then_reused(1500))
print(enumerate_held(1500))
print(early_exits(2000))
print(returns_from_inner([[1, 2], [3, 4], [5, 6]] * 500 + [[7, 8]], 8))
print(comprehension_inside(1500))
print(three_deep(800))
print(zipped(1500))
print(mutated(1500))
