"""Program generator: kernels of a loop form and a shape, after the prelude; generate()."""

import random

from .features import FEATURES
from .kernel import Kernel
from .memory import MEMORY, mem_cell
from .prelude import PRELUDE


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
