#!/usr/bin/env python3
"""Peak memory of a 10-million-iteration loop that allocates a temporary list each time,
under pyjit and CPython: shows that garbage is reclaimed (memory stays bounded).

Usage: python3 scripts/peak_rss.py [--pyjit target/release/pyjit] [--iterations N]
"""
import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time

PROGRAM = """
total = 0
for i in range({n}):
    tmp = [i, i + 1, i + 2]
    total += tmp[1]
print(total)
"""


def peak_rss_kb(cmd):
    """Runs cmd in a fresh child and returns (peak RSS in KB, seconds, stdout)."""
    r, w = os.pipe()
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        os.close(r)
        os.dup2(w, 1)
        os.execvp(cmd[0], cmd)
    os.close(w)
    out = b""
    while True:
        chunk = os.read(r, 65536)
        if not chunk:
            break
        out += chunk
    _, status, usage = os.wait4(pid, 0)
    elapsed = time.perf_counter() - start
    if status != 0:
        sys.exit(f"{cmd[0]} failed with status {status}")
    return usage.ru_maxrss, elapsed, out.decode()


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument("--pyjit", default=os.path.join(root, "target", "release", "pyjit"))
    ap.add_argument("--iterations", type=int, default=10_000_000)
    args = ap.parse_args()
    cpython = subprocess.run(["pyenv", "which", "python3.11"], capture_output=True, text=True).stdout.strip() \
        if shutil.which("pyenv") else ""
    cpython = cpython or shutil.which("python3.11") or "python3"
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(PROGRAM.format(n=args.iterations))
        path = f.name
    try:
        rows = []
        outputs = set()
        for name, cmd in [("pyjit", [args.pyjit, path]), ("CPython 3.11", [cpython, "-S", path])]:
            kb, secs, out = peak_rss_kb(cmd)
            outputs.add(out)
            rows.append((name, kb, secs))
        print(f"{args.iterations:,} iterations, each allocating a 3-element list")
        print("| implementation | peak RSS (MB) | time (s) |")
        print("|---|---|---|")
        for name, kb, secs in rows:
            print(f"| {name} | {kb / 1024:.1f} | {secs:.2f} |")
        if len(outputs) != 1:
            sys.exit("outputs differ!")
    finally:
        os.unlink(path)


if __name__ == "__main__":
    main()
