# Loops that read memory every iteration and write it on a rare branch. The rare branch
# grows a side trace; once hot, the side trace is compiled into its root and may jump
# straight into the root's loop body, whose loads of invariant memory were hoisted into
# the pre-roll. A side trace that writes such memory must restart the pre-roll (issue 18);
# each kernel prints what CPython prints only if it does.


class P:
    def __init__(self, x):
        self.x = x

    def m(self, y):
        return self.x + y


def attr(n):
    p = P(0)
    s = 0
    for i in range(n):
        s += p.x
        if i % 17 == 3:
            p.x = i
    return s


def list_item(n):
    lst = [0, 1]
    s = 0
    for i in range(n):
        s += lst[0]
        if i % 13 == 4:
            lst[0] = i
    return s


def list_len(n):
    lst = [0]
    s = 0
    for i in range(n):
        s += len(lst)
        if i % 10 == 9:
            lst.append(i)
    return s


def list_last_after_pop(n):
    lst = list(range(400))
    s = 0
    for i in range(n):
        s += lst[-1]
        if i % 29 == 5 and len(lst) > 1:
            lst.pop()
    return s


def dict_value(n):
    d = {'a': 1, 'b': 2}
    s = 0
    for i in range(n):
        s += d['a']
        if i % 11 == 2:
            d['a'] = i
    return s


def dict_len(n):
    d = {}
    s = 0
    for i in range(n):
        s += len(d)
        if i % 23 == 1:
            d[i] = i
    return s


def dict_contains_after_insert(n):
    d = {}
    c = 0
    for i in range(n):
        k = i % 7
        if k in d:
            c += 1
        d[k] = i
        if k in d:
            c += 10
    return c


def closure_cell(n):
    c = 0

    def get():
        return c

    s = 0
    for i in range(n):
        s += c
        if i % 19 == 7:
            c = i
    return s, get()


def method_reads_attr(n):
    o = P(0)
    c = 0
    for i in range(n):
        c += o.m(1)
        if i % 33 == 5:
            o.x = i
    return c


G = 0


def global_rebound(n):
    global G
    G = 0
    s = 0
    for i in range(n):
        s += G
        if i % 31 == 9:
            G = i
    return s


def slot_and_attr_carry_one_value(n):
    # `s` and `o.x` hold the same value at the loop header, except after the rare branch.
    o = P(0)
    t = 0
    s = 0
    for i in range(n):
        t += s
        s = o.x
        s += 1
        o.x = s
        if i % 9 == 4:
            s = 0
    return t, o.x


def slot_and_cell_carry_one_value(n):
    c = 0

    def get():
        return c

    y = 0
    t = 0
    for i in range(n):
        t += y
        c = c + 1
        y = c
        if i % 9 == 4:
            y = 0
    return t, y, get()


class Node:
    def __init__(self, v):
        self.v = v


def slot_and_attr_carry_one_object(n):
    # At the header `s` is what `o.x` holds, except after the rare branch: the loop body
    # must not take the slot's value as the attribute's.
    nodes = [Node(1), Node(2), Node(3)]
    b = Node(100)
    o = P(nodes[0])
    s = b
    t = 0
    for i in range(n):
        x = o.x
        t += x.v + s.v
        s = nodes[i % 3]
        o.x = s
        if i % 9 == 4:
            s = b
    return t


def nested_rare_writes(n):
    # A side trace of a side trace writes the memory.
    p = P(0)
    lst = [1, 2, 3]
    s = 0
    for i in range(n):
        s += p.x + lst[1]
        if i % 7 == 3:
            s += 1
            if i % 21 == 10:
                p.x = i % 100
                lst[1] = i % 50
    return s


def inner_loop_writes(n):
    # An inner loop's trace writes what the outer loop reads.
    p = P(0)
    s = 0
    for i in range(n):
        s += p.x
        if i % 5 == 0:
            for j in range(3):
                p.x = p.x + j
    return s


def two_names_one_object(n):
    a = P(1)
    b = a
    s = 0
    for i in range(n):
        s += a.x
        if i % 12 == 5:
            b.x = i % 17
    return s


for n in (3, 40, 400, 3000, 20000):
    print(n, attr(n), list_item(n), list_len(n), list_last_after_pop(n), dict_value(n),
          dict_len(n), dict_contains_after_insert(n), closure_cell(n), method_reads_attr(n),
          global_rebound(n))
    print(n, slot_and_attr_carry_one_value(n), slot_and_cell_carry_one_value(n),
          slot_and_attr_carry_one_object(n),
          nested_rare_writes(n), inner_loop_writes(n), two_names_one_object(n))
