"""Kernel: one generated kernel `def kN(n)` under construction, rendered to lines."""


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
