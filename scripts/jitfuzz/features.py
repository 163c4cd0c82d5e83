"""Features for the generator: other things the JIT compiles (arithmetic, exceptions...)."""

from .kernel import PHASES


# Features: other things the JIT compiles, mixed into kernels.

def arith_expr(r, names, depth=0):
    """A numeric expression over names (ints or floats) that cannot raise on finite input."""
    if depth >= 2 or depth and r.random() < 0.3:
        return r.choice(names + ["i", str(r.randint(-9, 60)),
                                 repr(r.choice([0.5, 1.25, -2.0, 3.0]))])
    a, b = arith_expr(r, names, depth + 1), arith_expr(r, names, depth + 1)
    return r.choice([
        f"({a} + {b})", f"({a} - {b})", f"({a} * {b})", f"({a} + {b})", f"({a} * {a})",
        f"({a} // {r.choice([2, 3, 7, -4])})", f"({a} % {r.choice([3, 10, 97, -5])})",
        f"({a} // (abs({b}) + 1))", f"({a} % (abs({b}) + 1))",
        f"abs({a})", f"min({a}, {b})", f"max({a}, {b})", f"math.sqrt(abs({a}))",
        f"math.floor({a})", f"int({a})", f"float({a})", f"h_lin({a}, {b})",
        f"h_abs({a})", f"({a} if {a} > {b} else {b})", f"abs({a}) ** {r.choice([2, 3, 0.5])}",
    ])


def bound(v, limit):
    """Keep v finite and mostly small: reset it when it leaves (-limit, limit)."""
    return f"if not -{limit} < {v} < {limit}: {v} = {v} % 1009"


def feat_arith(k):
    a, b = k.fresh("a"), k.fresh("b")
    k.head += [f"{a} = {k.int_()}", f"{b} = {k.r.choice(['0.5', '2.25', '-1.0'])}"]
    for _ in range(k.r.randint(1, 3)):
        v = k.r.choice([a, b])
        k.body += [f"{v} = {arith_expr(k.r, [a, b])}", bound(v, "10**12" if v == a else "1e12")]
    k.body.append(f"s += {k.r.choice([a, b])}")
    k.ret += [a, b]


def feat_type_change(k):
    a = k.fresh("a")
    k.head.append(f"{a} = {k.int_(1, 5)}")
    k.body.append(f"{a} = {a} + {k.r.choice(['1', 'i % 3', '2'])}")
    change = k.r.choice([f"{a} = {a} + 0.5", f"{a} = {a} * 2**64", f"{a} = float({a})",
                         f"{a} = {a} * 2**40"])
    k.rare(change, cond=f"i == {k.r.choice(PHASES)}")
    k.body += [bound(a, "10**12"), f"s += {a} % 11"]
    k.ret.append(a)


def feat_overflow(k):
    a = k.fresh("a")
    k.head.append(f"{a} = 1")
    step = k.r.choice([f"{a} * 3 + 1", f"{a} * -5 + i", f"{a} * {a} + 1", f"({a} << 3) + 1",
                       f"{a} + 2**{k.r.choice([45, 46])}", f"{a} * {a} * {a} + 1"])
    # A small limit (pyjit's small ints have 48 bits) that the step overshoots past 2**47
    # or 2**63, and the compare stays on small ints until it does.
    lim = k.r.choice(["2**46", "2**40", "10**12"])
    k.body += [f"{a} = {step}", f"if not -{lim} < {a} < {lim}: {a} = i",
               f"s += {a} % 1000"]
    k.ret.append(a)


def feat_exceptions(k):
    r = k.r
    small = k.fresh("sm")
    k.head += [f"{small} = [1, 2, 3, 4]", f"{small}d = {{0: 1, 1: 2, 2: 3}}"]
    kind = r.choice(["zero", "index", "key"])
    expr = {"zero": f"100 // (i % {r.randint(5, 13)} - {r.randint(0, 4)})",
            "index": f"{small}[i % {r.randint(5, 9)}]",
            "key": f"{small}d[i % {r.randint(4, 8)}]"}[kind]
    exc = {"zero": "ZeroDivisionError", "index": "IndexError", "key": "KeyError"}[kind]
    k.body += ["try:", f"    s += {expr}", f"except {exc}:", f"    s -= {r.randint(1, 9)}"]


def feat_inner_loop(k):
    r = k.r
    t = k.fresh("t")
    k.head.append(f"{t} = 0")
    rng = r.choice(["range(i % 5)", "range(3)", "range(i % 2)", "[1, 2.5, 3]"])
    k.body += [f"for j in {rng}:", f"    {t} += j * {r.randint(1, 4)} + (i & 3)"]
    k.ret.append(t)


def feat_str(k):
    t = k.fresh("txt")
    k.head.append(f"{t} = ''")
    k.body += [f"if i % {k.r.randint(2, 5)} == 0:", f"    {t} += str(i % 10)",
               f"if len({t}) > 20:", f"    {t} = {t}[-6:]"]
    k.ret.append(t)


def feat_isinstance(k):
    k.body += [f"if isinstance(s, {k.r.choice(['int', 'float'])}):", "    s += 1", "else:",
               "    s -= 1"]


def feat_random(k):
    k.head.insert(0, f"random.seed({k.r.randint(0, 99)})")
    k.body += [f"if random.random() < {k.r.choice([0.05, 0.1, 0.5])}:", "    s += 1"]


def feat_helper(k):
    k.body.append(k.r.choice(["s += h_lin(i, 3)", "s += h_abs(i - 50)",
                              "s = h_lin(s, i) % 100003"]))


def feat_tuple(k):
    tp = k.fresh("tp")
    k.head.append(f"{tp} = (1, 2)")
    k.body += [f"{tp} = (i, {tp}[0] + 1)", f"x0, x1 = {tp}", "s += x1 - x0"]


def feat_in_list(k):
    k.body += [f"if i % {k.r.randint(5, 20)} in [1, 3, 5.0]:", "    s += 2"]


FEATURES = [  # (weight, feature)
    (4, feat_arith), (2, feat_type_change), (2, feat_overflow), (2, feat_exceptions),
    (2, feat_inner_loop), (1, feat_str), (1, feat_isinstance), (1, feat_random),
    (1, feat_helper), (1, feat_tuple), (1, feat_in_list),
]
