#!/usr/bin/env python3
"""Differential fuzzer for pyjit's tracing JIT: random loop kernels of what the JIT compiles,
run under CPython (the oracle) and under pyjit in several modes; differences are reduced.

Each program holds several kernels `kN(n)`, each a loop (`range`, list, `enumerate`, `zip`,
dict items, `while`) over what the JIT compiles: int/float arithmetic that changes type and
overflows past 2**47 and 2**63, locals, globals, list/tuple/dict indexing and stores, `len`,
`append`/`pop`, `in`, instance attributes, inlined methods and properties, closure cells,
helper calls, inner loops, str building, `isinstance`, seeded `random.random()`, caught
exceptions (and an uncaught one at the end). The shapes weighted heavily are read-mostly
kernels whose heap writes (attribute, list item, append/pop, dict value, dict insert/delete,
cell, global, module dict) happen on rare branches (`if i % K == R`, K in 7..50) while the
loop reads the same memory every iteration: loads that loop peeling hoists out of the loop
body, which side traces and trace trees must not leave stale. Each kernel runs for n in
(3, 40, 400, 3000) and prints a compact checksum of what it computed.

Modes (pyjit flags): nojit (--no-jit), default (no flags), thr1 (--jit-threshold 1),
stress (--jit-threshold 1 --jit-stress SEED --knob jit_hot_tree=1), trees (--jit-threshold 2
--knob jit_hot_side=1 --knob jit_hot_tree=2), gc (--gc-stress, every 8th program). stdout and
exit status are compared with CPython's; a crash, a panic or a timeout is a finding too.
Classes: "interpreter" when --no-jit differs too (or "known-interpreter" when the program
matches KNOWN_INTERPRETER_BUGS: reported, not reduced, not failing the run), else "JIT",
split into "needs trees" (the difference goes away with --knob jit_hot_tree=0) and "without
trees too". Failing programs are reduced (kernels, statements, block headers,
subexpressions, tuple items, n values) and written with a header to --out. The --stats runs
(default, trees) are summed into traces / side traces / trees compiled and abort reasons.
Exit status 1 if any finding but known-interpreter ones.

    python3 scripts/jit_fuzz.py --start 0 --count 100 [--jobs N] [--modes LIST] [--out DIR]
        [--no-reduce] [--max-reductions N] [--pyjit PATH] [--cpython PATH] [--quick]

--quick (for CI, about 2-3 minutes for --count 40): modes default, trees, nojit, stress; no
GC stress; n up to 2000; fewer kernels; at most 5 reductions. Python 3.11 stdlib only; not
part of the test suite. A mismatch found here belongs in tests/programs/ as a regression
test once understood."""

import argparse
import ast
import collections
import concurrent.futures
import os
import random
import re
import shutil
import subprocess
import symtable
import sys
import tempfile
import threading
import time
import warnings

# ---------------------------------------------------------------------------------------
# Modes

MODES = {
    "nojit": lambda seed: ["--no-jit"],
    "default": lambda seed: [],
    "thr1": lambda seed: ["--jit-threshold", "1"],
    "stress": lambda seed: ["--jit-threshold", "1", "--jit-stress", str(seed + 1),
                            "--knob", "jit_hot_tree=1"],
    "trees": lambda seed: ["--jit-threshold", "2", "--knob", "jit_hot_side=1",
                           "--knob", "jit_hot_tree=2"],
    "gc": lambda seed: ["--gc-stress"],
}
FULL_MODES = ["nojit", "default", "thr1", "stress", "trees", "gc"]
QUICK_MODES = ["nojit", "default", "trees", "stress"]
STATS_MODES = {"default", "trees"}   # run with --stats, summed in the report
GC_EVERY = 8                         # gc mode runs on every 8th program only
# Reduce with the most readable failing mode first.
REDUCE_ORDER = ["default", "trees", "thr1", "stress", "gc", "nojit"]
NO_TREES = ["--knob", "jit_hot_tree=0"]   # tells tree bugs from others
PYJIT_TIMEOUT = 60
CPYTHON_TIMEOUT = 10

# Interpreter differences already known (also under --no-jit): the generator avoids them;
# a difference in a program matching one is class "known-interpreter", not reduced.
KNOWN_INTERPRETER_BUGS = [
    ("print of an object whose __str__ raises", r"def __str__\(self\):\s*\n\s*raise"),
    ("1 << 2**47", r"<<\s*2\s*\*\*\s*47"),
    ("0.0 ** float('-inf')", r"\*\*\s*float\(\s*'-inf'\s*\)"),
    ("assigning f.__defaults__", r"\.__defaults__\s*="),
    ("chr(0xD800)", r"chr\(\s*0x[dD][89a-fA-F]"),
    ("walrus in a module-level comprehension", r"^[^\s#].*\[[^\]]*:=.*\bfor\b"),
]


def known_interpreter_bug(src):
    for label, pattern in KNOWN_INTERPRETER_BUGS:
        if re.search(pattern, src, re.M):
            return label
    return None


# ---------------------------------------------------------------------------------------
# Program generator

PRELUDE = '''import math
import random


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def get(self):
        return self.x

    def add(self, v):
        return self.x + v

    def setx(self, v):
        self.x = v

    @property
    def px(self):
        return self.x * 2


class Q:
    def __init__(self, x, y):
        self.z = 0
        self.y = y
        self.x = x

    def get(self):
        return self.x + 1

    def add(self, v):
        return self.x - v

    def setx(self, v):
        self.x = v

    @property
    def px(self):
        return self.x + 3


def h_lin(a, b):
    return a * 2 - b


def h_abs(a):
    return a if a > 0 else -a


def set_x(o, v):
    o.x = v


def push(l, v):
    l.append(v)


def put(d, k, v):
    d[k] = v


GD = globals()


def ck(v):
    if v is None or isinstance(v, (bool, float)):
        return v
    if isinstance(v, int):
        return v if -10**12 < v < 10**12 else ('int', v.bit_length(), v % 1000003)
    if isinstance(v, str):
        return (len(v), v[:12], v[-12:])
    if isinstance(v, (list, tuple)) and len(v) <= 6:
        return [ck(x) for x in v]
    if isinstance(v, (list, tuple)):
        return (len(v), [ck(x) for x in v[:3]], [ck(x) for x in v[-3:]])
    if isinstance(v, dict):
        return ('dict', len(v), [ck(x) for x in list(v.items())[:3]])
    if isinstance(v, (P, Q)):
        return (type(v).__name__, ck(v.x), ck(v.y))
    if isinstance(v, set):
        return ('set', len(v))
    return type(v).__name__

'''

CLAUSES = ("else:", "elif ", "except", "finally:")
RARE_K = [7, 7, 8, 9, 10, 10, 11, 12, 13, 16, 17, 20, 25, 32, 50]
PHASES = [5, 30, 150, 700, 2000]


class Kernel:
    """One kernel `def kN(n)` under construction: lines before the def (globals), setup
    lines, a loop whose body reads memory every iteration and writes it on rare branches,
    and the values it returns. Body lines are indented relative to the loop body."""

    def __init__(self, r, name, ns):
        self.r, self.name, self.ns = r, name, ns
        self.tags = []
        self.module = []       # module-level lines before the def
        self.outer = []        # setup in kN itself (cells, and their setters)
        self.head = ["s = 0"]  # setup right before the loop
        self.body = []
        self.tail = []         # loop body lines after everything else (while's i += 1)
        self.ret = ["s"]
        self.globals = []
        self.cells = []        # cell names the loop writes directly
        self.closure = False   # loop inside a nested function run() over free variables
        self.frequent = False  # writes on most iterations, not rare ones
        self.loop = "for i in range(n):"
        self.uid = 0

    def fresh(self, base):
        self.uid += 1
        return f"{base}{self.uid}"

    def int_(self, lo=-3, hi=9):
        return str(self.r.randint(lo, hi))

    def rare_cond(self):
        r = self.r
        k = r.choice(RARE_K)
        c = f"i % {k} == {r.randrange(k)}"
        pick = r.random()
        if pick < 0.12:
            return f"i > {r.choice(PHASES)}"
        if pick < 0.22:
            return f"{c} and i > {r.choice(PHASES)}"
        return c

    def rare(self, *stmts, cond=None):
        """stmts under a rare condition (sometimes a frequent one, or none at all)."""
        pick = self.r.random() * (0.3 if self.frequent else 1)
        if cond is None and pick < 0.06:
            self.insert(list(stmts))
            return
        if cond is None and pick < 0.14:
            cond = self.r.choice(["i % 2 == 0", "i % 3 != 1", "i & 4"])
        self.insert([f"if {cond or self.rare_cond()}:"] + ["    " + s for s in stmts])

    def insert(self, lines):
        """Add lines to the body: mostly at its end, sometimes before an earlier statement
        (so that writes also come before reads of the same iteration)."""
        starts = [k for k, x in enumerate(self.body) if not x.startswith((" ",) + CLAUSES)]
        at = self.r.choice(starts) if starts and self.r.random() < 0.3 else len(self.body)
        self.body[at:at] = lines

    def value(self):
        """A value to store on a rare branch: mostly ints, some floats and big ints."""
        return self.r.choice(["i", "i", "i % 7", "i * 3 + 1", "-i", "i * 0.5", "float(i)",
                              "i * 10**11", "i * 2**60", "(i + 1) ** 4"])

    def read(self, e):
        """A statement reading e (a number) into the accumulator s."""
        r = self.r
        c = r.randint(-2, 9)
        forms = [[f"s += {e}"], [f"s += {e}"], [f"s = s + {e} * {c}"], [f"s -= {e} % 7"],
                 [f"if {e} > {c}:", "    s += 1"],
                 [f"for j in range(i % {r.randint(2, 5)}):", f"    s += {e}"]]
        self.insert(r.choice(forms))

    def obj(self, cls=None):
        o = self.fresh("p")
        cls = cls or self.r.choice(["P", "P", "Q"])
        self.head.append(f"{o} = {cls}({self.int_()}, {self.int_()})")
        return o

    def alias(self, name):
        """name itself, or another name for the same object (aliasing)."""
        if self.r.random() < 0.25:
            a = self.fresh("al")
            self.head.append(f"{a} = {name}")
            return a
        return name

    def render(self):
        ind = "        " if self.closure else "    "
        lines = list(self.module)
        lines.append(f"def {self.name}(n):  # {', '.join(self.tags)}")
        lines += ["    " + x for x in self.outer]
        if self.closure:
            lines.append("    def run():")
            if self.cells:
                lines.append(f"        nonlocal {', '.join(self.cells)}")
        if self.globals:
            lines.append(f"{ind}global {', '.join(self.globals)}")
        lines += [ind + x for x in self.head]
        lines.append(ind + self.loop)
        lines += [ind + "    " + x for x in self.body + self.tail]
        lines.append(f"{ind}return ({', '.join(self.ret)},)")
        if self.closure:
            lines.append("    return run()")
        lines += [f"for n in {self.ns}:", f"    print('{self.name}', n, ck({self.name}(n)))"]
        return lines


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


# Loop forms: every body has `i` (an int counting up) for the rare conditions.

def loop_range(k):
    k.loop = "for i in range(n):"


def loop_list(k):
    k.head.append("data = list(range(n))")
    k.loop = "for i in data:"


def loop_enumerate(k):
    k.head.append("data = [x * 0.5 if x % 100 == 99 else x for x in range(n)]")
    k.loop = "for i, x in enumerate(data):"
    k.body.append("s += x")


def loop_zip(k):
    k.head += ["data = list(range(n))", "other = [x % 7 for x in range(n)]"]
    k.loop = "for i, x in zip(data, other):"
    k.body.append("s += x")


def loop_dict(k):
    k.head.append("dd = {x: x % 5 for x in range(n)}")
    k.loop = "for i, x in dd.items():"
    k.body.append("s += x")


def loop_while(k):
    k.head.append("i = 0")
    k.loop = "while i < n:"
    k.tail.append("i += 1")


LOOPS = [(8, loop_range), (2, loop_list), (2, loop_enumerate), (1, loop_zip),
         (1, loop_dict), (2, loop_while)]


def pick(r, table, n=1):
    return r.choices([f for _, f in table], weights=[w for w, _ in table], k=n)


def apply(k, table, n=1):
    """Apply n picks from a table of memory kinds or features to k, tagging the kernel."""
    for f in pick(k.r, table, n):
        k.tags.append(f.__name__.split("_", 1)[1])
        f(k)


# Shapes: how a kernel mixes memory kinds and features.

def shape_rare_write(k):
    """The plain shape: one memory kind read every iteration, written rarely."""
    apply(k, MEMORY)


def shape_rare_mix(k):
    """Several memory kinds plus a feature or two."""
    apply(k, MEMORY, k.r.randint(2, 3))
    apply(k, FEATURES, k.r.randint(0, 2))


def shape_arith(k):
    """Arithmetic that changes type and overflows, with a memory kind on the side."""
    apply(k, FEATURES[:3], k.r.randint(1, 3))
    if k.r.random() < 0.6:
        apply(k, MEMORY)


def shape_features(k):
    """Anything the JIT compiles, and one memory kind."""
    apply(k, FEATURES, k.r.randint(2, 4))
    apply(k, MEMORY)


def shape_closure(k):
    """The loop in a nested function, reading and writing its free variables (cells)."""
    k.closure = True
    apply(k, [(1, mem_cell)], k.r.randint(1, 2))
    if k.r.random() < 0.5:
        apply(k, MEMORY)


def shape_nested(k):
    """An inner loop reading memory that the outer loop writes rarely."""
    apply(k, MEMORY)
    reads = [x for x in k.body if x.startswith("s ")]
    rng = k.r.choice(["range(i % 4)", "range(3)", "range(i % 5)", "range(2)"])
    k.body[:0] = [f"for j in {rng}:"] + ["    " + x for x in reads or ["s += j"]]


def shape_frequent(k):
    """Writes on most iterations (or all), before and after reads: the root trace's own
    store-to-load forwarding and invalidation."""
    k.frequent = True
    apply(k, MEMORY, k.r.randint(1, 3))


SHAPES = [  # (weight, shape)
    (8, shape_rare_write), (6, shape_rare_mix), (2, shape_arith), (3, shape_features),
    (2, shape_closure), (2, shape_nested), (3, shape_frequent),
]


def gen_kernel(r, name, ns):
    k = Kernel(r, name, ns)
    shape = pick(r, SHAPES)[0]
    k.tags.append(shape.__name__[6:])
    pick(r, LOOPS)[0](k)
    shape(k)
    return k.render()


UNCAUGHT = [("[0][i]", "IndexError"), ("1 // (i - i)", "ZeroDivisionError"),
            ("GD['no such global']", "KeyError")]


def uncaught_ending(r, name, limit):
    """A kernel whose loop raises on iteration `limit`, reached only by the last call."""
    k = Kernel(r, name, (3, 40, limit))
    k.tags.append("uncaught")
    apply(k, MEMORY)
    expr, exc = r.choice(UNCAUGHT)
    k.body += [f"if i == {limit}:", f"    s += {expr}"]
    return k.render() + [f"print('{name}', ck({name}({limit + 1})))"], exc


class Program:
    def __init__(self, seed, src, uncaught):
        self.seed, self.src, self.uncaught = seed, src, uncaught


def generate(seed, quick):
    r = random.Random(seed)
    ns = (3, 40, 2000) if quick else (3, 40, 400, 3000)
    lines = [f"# pyjit fuzz program, seed {seed}", PRELUDE]
    for i in range(r.randint(3, 5) if quick else r.randint(5, 8)):
        lines += gen_kernel(r, f"k{i}", ns) + [""]
    uncaught = None
    if r.random() < 0.15:
        more, uncaught = uncaught_ending(r, "kx", ns[-1])
        lines += more
    return Program(seed, "\n".join(lines) + "\n", uncaught)


# ---------------------------------------------------------------------------------------
# Running programs

ENV = dict(os.environ, PYTHONHASHSEED="0")
ENV.pop("PYJIT_GC_STRESS", None)


class Outcome:
    """What one run printed and how it ended."""

    def __init__(self, rc, out, err, secs, timed_out=False):
        self.rc, self.out, self.err, self.secs, self.timed_out = rc, out, err, secs, timed_out

    def kind(self):
        if self.timed_out:
            return "timeout"
        if self.rc < 0 or b"panicked" in self.err:
            return "crash"
        return "output"

    def same_as(self, want):
        return self.kind() == "output" and (self.rc, self.out) == (want.rc, want.out)


def run(cmd, path, timeout):
    start = time.monotonic()
    try:
        p = subprocess.run(cmd + [path], capture_output=True, timeout=timeout, env=ENV)
        return Outcome(p.returncode, p.stdout, p.stderr, time.monotonic() - start)
    except subprocess.TimeoutExpired as e:
        return Outcome(None, e.stdout or b"", e.stderr or b"", timeout, True)


def last_line(b):
    lines = b.decode(errors="replace").strip().splitlines()
    return lines[-1] if lines else ""


def cpython_accepts(cp, uncaught):
    """The program ran under CPython as intended: no error but the intended uncaught one."""
    if cp.timed_out:
        return False
    if uncaught:
        return cp.rc == 1 and last_line(cp.err).startswith(uncaught)
    return cp.rc == 0


class Runner:
    def __init__(self, args):
        self.pyjit, self.cpython = args.pyjit, args.cpython

    def cpython_run(self, path, timeout=CPYTHON_TIMEOUT):
        return run([self.cpython], path, timeout)

    def pyjit_run(self, mode, seed, path, stats=False, timeout=PYJIT_TIMEOUT, extra=()):
        flags = MODES[mode](seed) + (["--stats"] if stats else []) + list(extra)
        return run([self.pyjit] + flags, path, timeout)


# ---------------------------------------------------------------------------------------
# --stats

STAT_FIELDS = {"traces": r"traces compiled: (\d+)", "aborts": r"aborted recordings: (\d+)",
               "side": r"side traces: (\d+)", "trees": r"trace trees: (\d+)"}


def parse_stats(err):
    """Counters and abort reasons ("reason: detail" -> count) of a --stats report."""
    text = err.decode(errors="replace")
    text = text[text.rfind("\nJIT:\n"):] if "\nJIT:\n" in text else ""
    counts = collections.Counter()
    for key, pattern in STAT_FIELDS.items():
        m = re.search(pattern, text)
        counts[key] += int(m.group(1)) if m else 0
    aborts = collections.Counter()
    reason = None
    for line in text.splitlines():
        m = re.match(r"  abort: (.*) x(\d+)$", line)
        d = re.match(r"    (.*) x(\d+)$", line)
        if m:
            reason = m.group(1)
            aborts[reason] += int(m.group(2))
        elif d and reason:
            aborts[f"{reason} ({d.group(1)})"] += int(d.group(2))
        elif not line.startswith("    "):
            reason = None
    return counts, aborts


# ---------------------------------------------------------------------------------------
# Reduction: greedy delta debugging over statements, block headers, subexpressions and
# the n values, keeping the program valid and the difference present.

def indent(line):
    return len(line) - len(line.lstrip())


def is_code(line):
    return line.strip() and not line.lstrip().startswith("#")


def block_end(lines, i):
    """End of the statement at line i: its block, and its else/except/... clauses."""
    ind, j = indent(lines[i]), i + 1
    while True:
        while j < len(lines) and (not is_code(lines[j]) or indent(lines[j]) > ind):
            j += 1
        if j < len(lines) and indent(lines[j]) == ind and lines[j].lstrip().startswith(CLAUSES):
            j += 1
            continue
        return j


def statements(lines, top_only=False):
    """(start, end) of every statement (a clause starts none of its own)."""
    out = []
    for i, line in enumerate(lines):
        if not is_code(line) or line.lstrip().startswith(CLAUSES):
            continue
        if top_only and indent(line) > 0:
            continue
        out.append((i, block_end(lines, i)))
    return out


def dedent_block(lines, i, j):
    """The body of the clause header at line i (up to j), dedented to the header's level."""
    body = lines[i + 1:j]
    code = [x for x in body if is_code(x)]
    if not code:
        return None
    shift = indent(code[0]) - indent(lines[i])
    return [x[shift:] if is_code(x) else x for x in body]


def unwrap_candidates(lines):
    """Each compound statement (not def/class) replaced by one of its clauses' bodies."""
    for i, j in statements(lines):
        head = lines[i].lstrip()
        if not head.rstrip().endswith(":") or head.startswith(("def ", "class ", "@")):
            continue
        ind = indent(lines[i])
        starts = [k for k in range(i, j) if is_code(lines[k]) and indent(lines[k]) == ind]
        for a, b in zip(starts, starts[1:] + [j]):
            body = dedent_block(lines, a, b)
            if body is not None:
                yield lines[:i] + body + lines[j:]


SIMPLIFY = (ast.BinOp, ast.Call, ast.IfExp, ast.BoolOp, ast.UnaryOp, ast.Subscript)


def expr_candidates(lines):
    """One subexpression of one line replaced by one of its operands."""
    for n, line in enumerate(lines):
        text = line.strip()
        if not is_code(line) or text.startswith(("def ", "class ", "@")):
            continue
        header = text.endswith(":")
        try:
            tree = ast.parse(text + " pass" if header else text)
        except SyntaxError:
            continue
        for node in ast.walk(tree):
            if isinstance(node, (ast.Tuple, ast.List)) and len(node.elts) > 1:
                for k in range(len(node.elts)):
                    shorter = type(node)(node.elts[:k] + node.elts[k + 1:], node.ctx)
                    new = replace_node(tree, node, shorter)
                    if new and "\n" not in new:
                        yield lines[:n] + [" " * indent(line) + new] + lines[n + 1:]
            if not isinstance(node, SIMPLIFY):
                continue
            for child in ast.iter_child_nodes(node):
                if not isinstance(child, ast.expr) or isinstance(child, ast.Name) and \
                        isinstance(node, ast.Call) and child is node.func:
                    continue
                new = replace_node(tree, node, child)
                if new is None:
                    continue
                new = new.splitlines()[0] if header else new
                if header and not new.endswith(":"):
                    continue
                if "\n" not in new and new != text:
                    yield lines[:n] + [" " * indent(line) + new] + lines[n + 1:]


def replace_node(tree, old, new):
    """The source of tree with old replaced by new (tree is left as it was)."""
    for parent in ast.walk(tree):
        for field, value in ast.iter_fields(parent):
            slots = value if isinstance(value, list) else [value]
            for k, v in enumerate(slots):
                if v is not old:
                    continue
                put = (lambda x: value.__setitem__(k, x)) if isinstance(value, list) else \
                    (lambda x: setattr(parent, field, x))
                put(new)
                try:
                    return ast.unparse(tree)
                finally:
                    put(old)
    return None


def ns_candidates(lines):
    """A driver line `for n in (...)` with one value fewer."""
    for n, line in enumerate(lines):
        m = re.match(r"(\s*for n in )\(([^)]*)\)(:)$", line)
        if not m:
            continue
        values = [v.strip() for v in m.group(2).split(",") if v.strip()]
        for k in range(len(values)):
            rest = values[:k] + values[k + 1:]
            if rest:
                tup = f"({', '.join(rest)}{',' if len(rest) == 1 else ''})"
                yield lines[:n] + [m.group(1) + tup + m.group(3)] + lines[n + 1:]


def compiles(lines):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            compile("\n".join(lines) + "\n", "<fuzz>", "exec")
            return True
        except (SyntaxError, ValueError):
            return False


class Reducer:
    """Shrinks lines while still_fails(lines) holds, within a budget of tests."""

    def __init__(self, still_fails, max_tests=500, max_secs=300):
        self.still_fails, self.tests = still_fails, 0
        self.max_tests, self.deadline = max_tests, time.monotonic() + max_secs

    def out_of_budget(self):
        return self.tests >= self.max_tests or time.monotonic() > self.deadline

    def test(self, lines):
        if not compiles(lines) or self.out_of_budget():
            return False
        self.tests += 1
        return self.still_fails(lines)

    def ddmin_top(self, lines):
        chunk = max(1, len(statements(lines, top_only=True)) // 2)
        while chunk >= 1:
            i = 0
            while i < len(statements(lines, top_only=True)):
                top = statements(lines, top_only=True)[i:i + chunk]
                cand = lines[:top[0][0]] + lines[top[-1][1]:]
                if self.test(cand):
                    lines = cand
                else:
                    i += chunk
            chunk //= 2
        return lines

    def drop_statements(self, lines):
        i = 0
        while i < len(statements(lines)):
            a, b = statements(lines)[i]
            cand = lines[:a] + lines[b:]
            if self.test(cand):
                lines = cand
            else:
                i += 1
        return lines

    def rewrite(self, lines, candidates):
        """Apply the first candidate rewrite that keeps failing, again and again; after
        a success, resume at the same candidate index (the earlier ones failed)."""
        pos, progress = 0, True
        while progress:
            progress = False
            for k, cand in enumerate(candidates(lines)):
                if k >= pos and self.test(cand):
                    lines, pos, progress = cand, k, True
                    break
        return lines

    def reduce(self, lines):
        lines = self.ddmin_top(lines)
        for _ in range(4):
            before = lines
            lines = self.drop_statements(lines)
            for candidates in (unwrap_candidates, ns_candidates, expr_candidates):
                lines = self.rewrite(lines, candidates)
            if lines == before or self.out_of_budget():
                break
        tidy = [x for x in lines if x.strip()]
        return tidy if self.test(tidy) else lines


# ---------------------------------------------------------------------------------------
# One program: generate, run every mode, classify, reduce

class Result:
    def __init__(self, seed):
        self.seed, self.valid, self.runs = seed, False, collections.Counter()
        self.stats = collections.defaultdict(collections.Counter)   # mode -> counters
        self.aborts = collections.Counter()
        self.finding = None
        self.cpython_secs = 0.0


class Finding:
    def __init__(self, seed, cls, kind, modes, tags, label=None):
        self.seed, self.cls, self.kind, self.modes = seed, cls, kind, modes
        self.tags, self.label = tags, label
        self.path = self.reduced = None
        self.reduced_lines = self.reduce_note = None
        self.trees = None   # JIT class: True if gone with --knob jit_hot_tree=0
        self.flags = []     # the pyjit flags that show it (and reduce it)

    def what(self):
        """The class, with whether trace trees are needed for a JIT finding."""
        if self.trees is None:
            return self.cls
        return f"{self.cls}, {'needs trees' if self.trees else 'without trees too'}"


def first_diff(want, got):
    """The first differing stdout lines (CPython's, pyjit's), or the exit statuses."""
    w = want.out.decode(errors="replace").splitlines()
    g = got.out.decode(errors="replace").splitlines()
    for a, b in zip(w + ["<end>"], g + ["<end>"]):
        if a != b:
            return a[:300], b[:300]
    if got.kind() != "output":
        return f"exit {want.rc}", f"{got.kind()}: {last_line(got.err)[:300]}"
    return f"exit {want.rc}", f"exit {got.rc}: {last_line(got.err)[:300]}"


def kernel_tags(src, line):
    """The tags of the kernel whose output line differs (from its `def kN(n):  # ...`)."""
    m = re.match(r"(k\w+) ", line or "")
    t = m and re.search(rf"^def {m.group(1)}\(n\):  # (.*)$", src, re.M)
    return t.group(1) if t else "?"


def header(finding, want, got):
    w, g = first_diff(want, got)
    return [f"# pyjit fuzz finding: seed {finding.seed}, class {finding.what()}, {finding.kind}, "
            f"modes {' '.join(finding.modes)}",
            f"# reproduce: pyjit {' '.join(finding.flags)} THIS_FILE  (compare with python3)",
            f"# CPython: {w}", f"# pyjit:   {g}"]


class Fuzzer:
    def __init__(self, args):
        self.args, self.runner = args, Runner(args)
        self.work = tempfile.mkdtemp(prefix="pyjit-fuzz-work-")
        self.lock = threading.Lock()
        self.reductions = 0

    def take_reduction(self):
        with self.lock:
            if self.args.max_reductions and self.reductions >= self.args.max_reductions:
                return False
            self.reductions += 1
            return True

    def modes_for(self, seed):
        return [m for m in self.args.modes if m != "gc" or seed % GC_EVERY == 0]

    def fuzz_one(self, seed):
        res = Result(seed)
        prog = generate(seed, self.args.quick)
        path = os.path.join(self.work, f"seed{seed}.py")
        with open(path, "w") as f:
            f.write(prog.src)
        want = self.runner.cpython_run(path)
        res.cpython_secs = want.secs
        res.valid = cpython_accepts(want, prog.uncaught)
        got = {}
        for mode in self.modes_for(seed) if res.valid else []:
            stats = mode in STATS_MODES
            got[mode] = self.runner.pyjit_run(mode, seed, path, stats=stats)
            res.runs[mode] += 1
            if stats:
                counts, aborts = parse_stats(got[mode].err)
                res.stats[mode].update(counts)
                res.aborts.update(aborts)
        if any(not g.same_as(want) for g in got.values()):
            if "nojit" not in got:
                got["nojit"] = self.runner.pyjit_run("nojit", seed, path)
                res.runs["nojit"] += 1
            res.finding = self.classify(prog, path, want, got)
            self.record(prog, path, want, res.finding)
        os.remove(path)
        return res

    def classify(self, prog, path, want, got):
        bad = [m for m in got if not got[m].same_as(want)]
        interp = "nojit" in bad
        label = known_interpreter_bug(prog.src) if interp else None
        cls = "known-interpreter" if label else "interpreter" if interp else "JIT"
        mode = "nojit" if interp else next(m for m in REDUCE_ORDER if m in bad)
        flags, trees, shown = MODES[mode](prog.seed), None, got[mode]
        if cls == "JIT":
            # Whether the difference needs trace trees (in every failing mode); a mode
            # where it does not is the one to reduce, without trees.
            trees = True
            for m in (m for m in REDUCE_ORDER if m in bad):
                no_trees = self.runner.pyjit_run(m, prog.seed, path, extra=NO_TREES)
                if not no_trees.same_as(want):
                    flags, trees, shown = MODES[m](prog.seed) + NO_TREES, False, no_trees
                    break
        w, g = first_diff(want, shown)
        tags = kernel_tags(prog.src, w if w.startswith("k") else g)
        finding = Finding(prog.seed, cls, shown.kind(), bad, tags, label)
        finding.flags, finding.trees = flags, trees
        return finding

    def pyjit(self, finding, path, timeout=PYJIT_TIMEOUT, extra=()):
        return run([self.runner.pyjit] + finding.flags + list(extra), path, timeout)

    def record(self, prog, path, want, finding):
        """Write the program (and, unless known or --no-reduce, its reduction) to --out."""
        lines = prog.src.splitlines()
        finding.path = self.save(f"seed{prog.seed}.py", lines, finding, want,
                                 self.pyjit(finding, path))
        if self.args.no_reduce or finding.cls == "known-interpreter" or not self.take_reduction():
            return
        reduced = self.reduce(path, lines, finding)
        final = os.path.join(self.work, f"seed{prog.seed}-final.py")
        with open(final, "w") as f:
            f.write("\n".join(reduced) + "\n")
        finding.reduced_lines = reduced
        finding.reduced = self.save(f"seed{prog.seed}.reduced.py", reduced, finding,
                                    self.runner.cpython_run(final), self.pyjit(finding, final))
        os.remove(final)

    def save(self, name, lines, finding, want, got):
        path = os.path.join(self.args.out, name)
        with open(path, "w") as f:
            f.write("\n".join(header(finding, want, got) + lines) + "\n")
        return path

    def reduce(self, path0, lines, finding):
        path = os.path.join(self.work, f"seed{finding.seed}-reduce.py")
        want0, got0 = self.runner.cpython_run(path0), self.pyjit(finding, path0)
        limit = min(PYJIT_TIMEOUT, 20 if finding.kind == "timeout" else 10 + 5 * got0.secs)
        # CPython must end as it did, or (when stdout showed the difference) without error.
        stdout_diff = got0.kind() == "output" and got0.out != want0.out
        exc0 = last_line(want0.err).split(":")[0]

        def cpython_ok(want):
            if want.timed_out:
                return False
            if want.rc == 0 and stdout_diff:
                return True
            return want.rc == want0.rc and last_line(want.err).split(":")[0] == exc0

        def still_fails(cand):
            with open(path, "w") as f:
                f.write("\n".join(cand) + "\n")
            want = self.runner.cpython_run(path, timeout=max(5, 5 * want0.secs))
            if not cpython_ok(want):
                return False
            got = self.pyjit(finding, path, timeout=limit)
            if got.same_as(want) or got.kind() != finding.kind:
                return False
            if finding.cls != "JIT":
                return True
            if finding.trees and not self.pyjit(finding, path, limit, NO_TREES).same_as(want):
                return False   # keep a tree bug a tree bug
            return self.runner.pyjit_run("nojit", 0, path, timeout=limit).same_as(want)

        reducer = Reducer(still_fails, max_tests=self.args.max_tests)
        start = time.monotonic()
        reduced = reducer.reduce(lines)
        finding.reduce_note = f"{reducer.tests} tests, {time.monotonic() - start:.0f} s"
        if os.path.exists(path):
            os.remove(path)
        return reduced


# ---------------------------------------------------------------------------------------
# Report

def summarize(results, args, secs):
    valid = [r for r in results if r.valid]
    runs, stats, aborts = collections.Counter(), {}, collections.Counter()
    for r in results:
        runs.update(r.runs)
        aborts.update(r.aborts)
        for mode, c in r.stats.items():
            stats.setdefault(mode, collections.Counter()).update(c)
    print(f"\n== {len(results)} programs generated, {len(valid)} valid (CPython ran them), "
          f"{secs:.0f} s")
    if valid:
        t = [r.cpython_secs for r in valid]
        print(f"CPython time per program: mean {sum(t) / len(t):.2f} s, max {max(t):.2f} s")
    print("runs per mode: " + ", ".join(f"{m} {runs[m]}" for m in args.modes))
    for mode, c in stats.items():
        print(f"--stats {mode}: traces compiled {c['traces']}, side traces {c['side']}, "
              f"trees {c['trees']}, aborted recordings {c['aborts']}")
    top = [(k, v) for k, v in aborts.most_common() if "(" not in k][:8]
    if top:
        print("top abort reasons:")
        for reason, n in top:
            details = [(k, v) for k, v in aborts.most_common() if k.startswith(reason + " (")]
            more = ", ".join(f"{k[len(reason) + 2:-1]} x{v}" for k, v in details[:4])
            print(f"  {n:6}  {reason}" + (f"  [{more}]" if more else ""))
    findings = [r.finding for r in results if r.finding]
    by_class = collections.defaultdict(list)
    for f in findings:
        by_class[(f.what(), f.kind, f.label)].append(f)
    print(f"findings: {len(findings)}")
    for (what, kind, label), fs in sorted(by_class.items(), key=lambda kv: -len(kv[1])):
        modes = collections.Counter(m for f in fs for m in f.modes)
        print(f"  [{what}, {kind}{', ' + label if label else ''}] {len(fs)} programs; "
              f"modes: {', '.join(f'{m} {n}' for m, n in modes.most_common())}")
        print(f"      seeds {' '.join(str(f.seed) for f in fs)}")
        unreduced = [f for f in fs if not f.reduced]
        if unreduced:
            more = " ..." if len(unreduced) > 1 else ""
            print(f"      not reduced: {unreduced[0].path}{more}")
    distinct = collections.defaultdict(list)
    for f in findings:
        if f.reduced_lines:
            distinct[(f.what(), memory_kinds(f.reduced_lines))].append(f)
    if distinct:
        print("reduced programs by what their loops read and write:")
        for (what, kinds), fs in sorted(distinct.items(), key=lambda kv: (kv[0][0], -len(kv[1]))):
            seeds = " ".join(str(f.seed) for f in fs[:10]) + (" ..." if len(fs) > 10 else "")
            print(f"  {len(fs):4} x [{what}] {kinds}: {fs[0].reduced}  (seeds {seeds})")
    return sum(1 for f in findings if f.cls != "known-interpreter")


PRELUDE_FUNCS = {"__init__", "get", "add", "setx", "px", "h_lin", "h_abs", "set_x", "push",
                 "put", "ck"}
HELPER_WRITES = {"set_x": "attribute", "setx": "attribute", "push": "list append",
                 "append": "list append", "pop": "list pop", "put": "dict store",
                 "add": "set add", "discard": "set discard"}
DISPLAYS = {ast.List: "list", ast.ListComp: "list", ast.Dict: "dict", ast.DictComp: "dict",
            ast.Set: "set"}


def container_types(tree):
    """name -> list/dict/set/module dict, from the displays assigned to it (or aliases)."""
    types = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            v, kind = node.value, DISPLAYS.get(type(node.value))
            if isinstance(v, ast.Name):
                kind = types.get(v.id)
            elif isinstance(v, ast.Call) and getattr(v.func, "id", "") == "globals":
                kind = "module dict"
            if kind:
                types[node.targets[0].id] = kind
    return types


def free_names(tree):
    """Names some function reads from an enclosing one (so cells there)."""
    names, todo = set(), [symtable.symtable(ast.unparse(tree), "<fuzz>", "exec")]
    while todo:
        table = todo.pop()
        if isinstance(table, symtable.Function):
            names.update(table.get_frees())
        todo += table.get_children()
    return names


def kernel_nodes(tree):
    """The AST nodes of the functions that are not the prelude's helpers."""
    funcs = [f for f in ast.walk(tree) if isinstance(f, ast.FunctionDef)
             and f.name not in PRELUDE_FUNCS]
    return [n for f in funcs for n in ast.walk(f)]


def read_kinds(tree, types, cells):
    """The kinds of memory reads in the kernels: "len(list)", "attr", "dict[k]", "cell"..."""
    kinds = set()
    for n in kernel_nodes(tree):
        load = isinstance(getattr(n, "ctx", None), ast.Load)
        if isinstance(n, ast.Call) and getattr(n.func, "id", "") == "len" and n.args:
            kinds.add(f"len({types.get(getattr(n.args[0], 'id', None), '?')})")
        elif isinstance(n, ast.Call) and getattr(n.func, "attr", "") in ("get", "add"):
            kinds.add("method")
        elif isinstance(n, ast.Attribute) and load and n.attr in ("x", "y", "px"):
            kinds.add("property" if n.attr == "px" else "attr")
        elif isinstance(n, ast.Subscript) and load and isinstance(n.value, ast.Name):
            t = types.get(n.value.id, "item")
            last = t == "list" and ast.unparse(n.slice).startswith("-")
            kinds.add(f"{t}[-1]" if last else f"{t}[k]")
        elif isinstance(n, ast.Name) and load and (n.id in cells or n.id.startswith("g_")):
            kinds.add("cell" if n.id in cells else "global")
        elif isinstance(n, ast.Compare) and isinstance(n.ops[0], ast.In):
            kinds.add("in")
    if "method" in kinds:
        kinds.discard("attr")   # the method's own self.x
    return "+".join(sorted(kinds)) or "nothing"


def memory_kinds(lines):
    """What the kernels of a reduced program read and write (what tells one finding from
    another), e.g. "len(list) / list append"."""
    try:
        tree = ast.parse("\n".join(lines))
    except SyntaxError:
        return "?"
    types, cells = container_types(tree), free_names(tree)
    return f"reads {read_kinds(tree, types, cells)} / writes {write_kinds(tree, types, cells)}"


def write_kinds(tree, types, cells):
    """The kinds of heap writes in the kernels: "attribute", "cell", "list pop"..."""
    kinds = set()
    for node in kernel_nodes(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store):
            kinds.add("attribute")
        elif isinstance(node, ast.Subscript) and isinstance(node.ctx, (ast.Store, ast.Del)):
            base = types.get(getattr(node.value, "id", None), "item")
            kinds.add(f"{base} {'delete' if isinstance(node.ctx, ast.Del) else 'store'}")
        elif isinstance(node, ast.Call):
            name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
            if name in HELPER_WRITES:
                kinds.add(HELPER_WRITES[name])
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store) and node.id in cells:
            kinds.add("cell")
        elif isinstance(node, ast.Global):
            kinds.add("global")
    if "set" not in types.values():
        kinds.discard("set add")   # P.add / Q.add, a read
    return "+".join(sorted(kinds)) or "no heap write"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--start", type=int, default=0, help="first seed")
    ap.add_argument("--count", type=int, default=100, help="programs to try")
    ap.add_argument("--jobs", type=int, default=1, help="programs run in parallel")
    ap.add_argument("--modes", help=f"comma-separated, of {','.join(MODES)}")
    ap.add_argument("--out", help="directory for failing programs (default: a temp dir)")
    ap.add_argument("--no-reduce", action="store_true", help="keep failing programs as is")
    ap.add_argument("--max-tests", type=int, default=400, help="reduction steps per finding")
    ap.add_argument("--max-reductions", type=int, help="reduce only the first N findings "
                    "(default: all; 5 with --quick)")
    ap.add_argument("--pyjit", default="target/release/pyjit")
    ap.add_argument("--cpython", default="python3")
    ap.add_argument("--quick", action="store_true", help="CI: fewer modes, smaller programs")
    args = ap.parse_args()
    args.modes = args.modes.split(",") if args.modes else QUICK_MODES if args.quick else FULL_MODES
    if unknown := set(args.modes) - set(MODES):
        ap.error(f"unknown modes: {', '.join(sorted(unknown))}")
    if args.max_reductions is None:
        args.max_reductions = 5 if args.quick else 0
    args.out = args.out or tempfile.mkdtemp(prefix="pyjit-fuzz-")
    os.makedirs(args.out, exist_ok=True)
    print(f"pyjit fuzz: seeds {args.start}..{args.start + args.count - 1}, modes "
          f"{','.join(args.modes)}, out {args.out}", flush=True)
    fuzzer, start = Fuzzer(args), time.monotonic()
    results = []
    seeds = range(args.start, args.start + args.count)
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        for res in pool.map(fuzzer.fuzz_one, seeds):
            results.append(res)
            report_one(res)
    shutil.rmtree(fuzzer.work, ignore_errors=True)
    sys.exit(1 if summarize(results, args, time.monotonic() - start) else 0)


def report_one(res):
    f = res.finding
    if f:
        note = f" (reduced: {f.reduce_note})" if f.reduced else ""
        print(f"seed {res.seed}: {f.what()}, {f.kind} in {' '.join(f.modes)} [{f.label or f.tags}]"
              f" -> {f.reduced or f.path}{note}", flush=True)
    elif not res.valid:
        print(f"seed {res.seed}: invalid (CPython rejected it)", flush=True)


if __name__ == "__main__":
    main()
