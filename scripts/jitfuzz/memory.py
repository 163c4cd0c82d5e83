"""Memory kinds for the generator: read every iteration of a kernel's loop, written rarely."""


# Memory kinds: each sets up one object, reads it every iteration and writes it on rare
# branches (through the name, an alias, a helper or a method).

def mem_attr(k):
    o = k.obj()
    k.read(f"{o}.{k.r.choice(['x', 'x', 'y'])}")
    w = k.alias(o)
    v = k.value()
    k.rare(k.r.choice([f"{w}.x = {v}", f"{w}.y = {v}", f"set_x({w}, {v})", f"{w}.setx({v})",
                       f"{w}.x += 1"]))
    k.ret.append(f"{o}.x")


def mem_method(k):
    o = k.obj()
    k.read(k.r.choice([f"{o}.get()", f"{o}.add(i)", f"{o}.px", f"{o}.get() * 2"]))
    w = k.alias(o)
    v = k.value()
    k.rare(k.r.choice([f"{w}.x = {v}", f"{w}.setx({v})", f"set_x({w}, {v})"]))
    k.ret.append(f"{o}.x")


def mem_list_item(k):
    lst = k.fresh("lst")
    k.head.append(f"{lst} = [{k.int_()}, {k.int_()}, {k.int_()}]")
    idx = k.r.choice(["0", "1", "-1", "2"])
    k.read(f"{lst}[{idx}]")
    w = k.alias(lst)
    k.rare(k.r.choice([f"{w}[{idx}] = {k.value()}", f"{w}[{idx}] += 1",
                       f"{w}[0] = {k.value()}"]))
    k.ret.append(lst)


def mem_list_len(k):
    lst = k.fresh("lst")
    k.head.append(f"{lst} = [{k.int_()}]")
    k.read(f"len({lst})")
    w = k.alias(lst)
    v = k.value()
    k.rare(k.r.choice([f"{w}.append({v})", f"push({w}, {v})"]))
    if k.r.random() < 0.4:
        k.rare(f"{w}.pop()", cond=f"{k.rare_cond()} and len({w}) > 1")
    k.ret.append(lst)


def mem_list_last(k):
    lst = k.fresh("lst")
    k.head.append(f"{lst} = [{k.int_()}, {k.int_()}, {k.int_()}, {k.int_()}]")
    k.read(k.r.choice([f"{lst}[-1]", f"{lst}[len({lst}) - 1]"]))
    w = k.alias(lst)
    k.rare(f"{w}.pop()", cond=f"{k.rare_cond()} and len({w}) > 1")
    k.rare(f"{w}.append({k.value()})")
    k.ret.append(lst)


def mem_dict_value(k):
    d = k.fresh("d")
    k.head.append(f"{d} = {{'a': {k.int_()}, 'b': {k.int_()}, 3: {k.int_()}}}")
    key = k.r.choice(["'a'", "'b'", "3"])
    k.read(f"{d}[{key}]")
    w = k.alias(d)
    v = k.value()
    k.rare(k.r.choice([f"{w}[{key}] = {v}", f"put({w}, {key}, {v})", f"{w}[{key}] += 1"]))
    k.ret.append(d)


def mem_dict_len(k):
    d = k.fresh("d")
    k.head.append(f"{d} = {{0: 1, 1: 2}}")
    k.read(f"len({d})")
    w = k.alias(d)
    k.rare(k.r.choice([f"{w}[i] = {k.value()}", f"put({w}, i, 1)"]))
    if k.r.random() < 0.4:
        lag = k.r.randint(1, 60)
        k.body += [f"if i - {lag} in {w} and i % 3 == 0:", f"    del {w}[i - {lag}]"]
    k.ret.append(d)


def mem_dict_in(k):
    d = k.fresh("d")
    k.head.append(f"{d} = {{'a': 1}}")
    k.body += [f"if 'b' in {d}:", "    s += 2"]
    w = k.alias(d)
    k.rare(f"{w}['b'] = i")
    k.rare(f"del {w}['b']", cond=f"{k.rare_cond()} and 'b' in {w}")
    k.ret.append(f"len({d})")


def mem_set_in(k):
    st = k.fresh("st")
    m = k.r.randint(5, 30)
    k.head.append(f"{st} = {{1, 4}}")
    k.body += [f"if i % {m} in {st}:", "    s += 3"]
    k.rare(f"{st}.add(i % {m})")
    k.rare(f"{st}.discard(i % {m})")
    k.ret.append(f"len({st})")


def mem_cell(k):
    c = k.fresh("c")
    k.outer.append(f"{c} = {k.int_()}")
    if k.r.random() < 0.5:
        k.outer += [f"def set_{c}(v):", f"    nonlocal {c}", f"    {c} = v"]
        k.rare(f"set_{c}({k.value()})")
    else:
        k.cells.append(c)
        k.rare(f"{c} = {k.value()}")
    if k.r.random() < 0.3:
        k.outer += [f"def get_{c}():", f"    return {c}"]
        k.read(f"get_{c}()")
    else:
        k.read(c)
    k.ret.append(c)


def mem_global(k):
    """A global read every iteration, rebound rarely (STORE_GLOBAL, or a store into the
    module's dict, which traces can compile)."""
    g = f"g_{k.name}_{k.fresh('')}"
    k.module.append(f"{g} = {k.int_()}")
    k.read(g)
    if k.r.random() < 0.5:
        k.globals.append(g)
        k.rare(k.r.choice([f"{g} = {k.value()}", f"{g} += 1"]))
    else:
        k.rare(f"GD['{g}'] = {k.value()}")
    k.ret.append(g)


def mem_poly_attr(k):
    if k.r.random() < 0.5:
        objs = k.fresh("objs")
        k.head.append(f"{objs} = [P({k.int_()}, 1), Q({k.int_()}, 2)]")
        k.read(k.r.choice([f"{objs}[i % 2].x", f"{objs}[i % 3 // 2].get()",
                           f"{objs}[i % 2].px"]))
        k.rare(f"{objs}[{k.r.randint(0, 1)}].x = {k.value()}")
        k.ret.append(objs)
    else:
        o = k.obj("P")
        k.read(k.r.choice([f"{o}.x", f"{o}.get()"]))
        k.rare(f"{o} = {k.r.choice(['P', 'Q'])}({k.value()}, 0)")
        k.ret.append(o)


def mem_nested(k):
    m = k.fresh("m")
    k.head.append(f"{m} = [[{k.int_()}, 1], [2, {k.int_()}]]")
    k.read(f"{m}[1][0]")
    k.rare(k.r.choice([f"{m}[1][0] = {k.value()}", f"{m}[1] = [{k.value()}, 0]"]))
    k.ret.append(m)


def mem_attr_list(k):
    o = k.fresh("p")
    k.head.append(f"{o} = P([{k.int_()}, 2], 0)")
    k.read(k.r.choice([f"len({o}.x)", f"{o}.x[0]", f"{o}.x[-1]"]))
    k.rare(k.r.choice([f"{o}.x.append({k.value()})", f"{o}.x = [{k.value()}, 1]",
                       f"{o}.x[0] = {k.value()}"]))
    k.ret.append(f"{o}.x")


MEMORY = [  # (weight, kind)
    (4, mem_attr), (3, mem_method), (3, mem_list_item), (3, mem_list_len),
    (2, mem_list_last), (3, mem_dict_value), (2, mem_dict_len), (1, mem_dict_in),
    (1, mem_set_in), (4, mem_cell), (3, mem_global), (2, mem_poly_attr), (1, mem_nested),
    (1, mem_attr_list),
]
