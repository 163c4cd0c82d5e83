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
test once understood.

The parts are in scripts/jitfuzz/ (one job per module, listed in its __init__.py)."""

import argparse
import concurrent.futures
import os
import shutil
import sys
import tempfile
import time

from jitfuzz.fuzzer import Fuzzer
from jitfuzz.report import report_one, summarize
from jitfuzz.run import FULL_MODES, MODES, QUICK_MODES


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


if __name__ == "__main__":
    main()
