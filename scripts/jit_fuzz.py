#!/usr/bin/env python3
"""Differential fuzzing of the JIT: random loop programs (ints and floats changing type,
branches, inlined calls, attributes, list and dict items, inner loops, builtins) run
under CPython and under pyjit at JIT threshold 1, with deopt stress, and at the defaults;
any difference in output or exit status is printed with the program kept on disk.

    python3 scripts/jit_fuzz.py --start 0 --count 100

Needs CPython (`python3`); not part of the test suite. A mismatch found here belongs in
tests/programs/ as a regression test once minimized."""

import argparse
import os
import random
import subprocess
import sys
import tempfile

def gen(seed):
    r = random.Random(seed)
    vars_ = ['a', 'b', 'c', 'd']
    lines = []
    lines.append("class P:\n    def __init__(self, x):\n        self.x = x\n    def m(self, y):\n        return self.x + y\n")
    lines.append("def h(u, v):\n    return u * 2 - v\n")
    lines.append("G = 3\n")
    lines.append("def f(n):")
    lines.append("    a = 1\n    b = 2.5\n    c = 0\n    d = -3\n    lst = [1, 2, 3, 4.5, None]\n    dd = {'k': 1, 3: 2}\n    p = P(1)\n    out = []")
    lines.append("    for i in range(n):")
    def expr(depth=0):
        k = r.randint(0, 12 if depth < 2 else 5)
        if k == 0: return str(r.randint(-5, 50))
        if k == 1: return repr(r.choice([0.5, 1.25, -2.0, 3.0]))
        if k == 2: return r.choice(vars_)
        if k == 3: return 'i'
        if k == 4: return 'G'
        if k == 5: return 'p.x'
        if k == 6: return f"({expr(depth+1)} {r.choice(['+','-','*'])} {expr(depth+1)})"
        if k == 7: return f"h({expr(depth+1)}, {expr(depth+1)})"
        if k == 8: return f"p.m({expr(depth+1)})"
        if k == 9: return f"abs({expr(depth+1)})"
        if k == 10: return f"min({expr(depth+1)}, {expr(depth+1)})"
        if k == 11: return f"lst[i % 4]"
        return f"dd['k']"
    for _ in range(r.randint(2, 7)):
        k = r.randint(0, 9)
        v = r.choice(vars_)
        if k <= 3:
            lines.append(f"        {v} = {expr()}")
        elif k == 4:
            lines.append(f"        if i % {r.randint(2,7)} == {r.randint(0,1)}:\n            {v} = {expr()}\n        else:\n            {r.choice(vars_)} = {expr()}")
        elif k == 5:
            lines.append(f"        out.append({v})")
        elif k == 6:
            lines.append(f"        p.x = {expr()}")
        elif k == 7:
            lines.append(f"        lst[i % 4] = {v}")
        elif k == 8:
            lines.append(f"        dd['k'] = {expr()}")
        else:
            lines.append(f"        for j in range(i % 5):\n            {v} = {v} + j")
        lines.append(f"        if isinstance({v}, float) and abs({v}) > 1e12: {v} = 1.0")
        lines.append(f"        if isinstance({v}, int) and abs({v}) > 10**12: {v} = {v} % 1000")
    lines.append("    return a, b, c, d, p.x, lst, dd, len(out), out[-3:]")
    lines.append("for n in (5, 50, 1500):\n    try:\n        print(f(n))\n    except Exception as e:\n        print(type(e).__name__, e)")
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--start", type=int, default=0, help="first seed")
    ap.add_argument("--count", type=int, default=50, help="programs to try")
    ap.add_argument("--pyjit", default="target/release/pyjit")
    ap.add_argument("--cpython", default="python3")
    args = ap.parse_args()
    out_dir = tempfile.mkdtemp(prefix="pyjit-fuzz-")
    bad = 0
    for seed in range(args.start, args.start + args.count):
        path = os.path.join(out_dir, f"p{seed}.py")
        with open(path, "w") as f:
            f.write(gen(seed))
        want = subprocess.run([args.cpython, path], capture_output=True, timeout=120)
        modes = (["--jit-threshold", "1"], ["--jit-threshold", "2", "--jit-stress", str(seed + 1)], [])
        for flags in modes:
            got = subprocess.run([args.pyjit] + flags + [path], capture_output=True, timeout=120)
            if got.stdout != want.stdout or got.returncode != want.returncode:
                bad += 1
                print(f"MISMATCH seed {seed} {' '.join(flags)}: {path}")
                print("  CPython:", want.stdout.decode()[-400:])
                print("  pyjit:  ", got.stdout.decode()[-400:], got.stderr.decode()[-400:])
                break
        else:
            os.remove(path)
    print(f"{bad} mismatches in {args.count} programs")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
