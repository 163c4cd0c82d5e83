#!/usr/bin/env python3
"""Regenerates tests/errors/cases.expected: for each non-comment line of
tests/errors/cases.py, the last line CPython 3.11 writes to stderr when running that line
as a program (with `import sys` before it), and its exit code.

Usage: python3 scripts/gen_error_cases.py [--check]
"""
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = os.path.join(ROOT, "tests", "errors", "cases.py")
EXPECTED = os.path.join(ROOT, "tests", "errors", "cases.expected")


def cases():
    with open(CASES) as f:
        lines = [l.rstrip("\n") for l in f]
    out = []
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if not line.strip() or line.startswith("#"):
            continue
        # A 'def' line belongs with the call on the next line.
        if line.startswith("def ") and i < len(lines):
            line = line + "\n" + lines[i]
            i += 1
        out.append(line)
    return out


def run(src):
    prog = "import sys\n" + src + "\n"
    p = subprocess.run(["python3", "-c", prog], capture_output=True, text=True, timeout=60,
                       env={**os.environ, "PYTHONHASHSEED": "0"})
    err = [l for l in p.stderr.splitlines() if l.strip()]
    return p.returncode, (err[-1] if err else "")


def main():
    v = subprocess.run(["python3", "-c", "import sys; print(sys.version_info[:2])"],
                       capture_output=True, text=True).stdout.strip()
    if v != "(3, 11)":
        sys.exit(f"python3 must be CPython 3.11 (found {v})")
    lines = []
    for src in cases():
        code, last = run(src)
        lines.append(f"{code}\t{last}")
    text = "\n".join(lines) + "\n"
    if "--check" in sys.argv:
        with open(EXPECTED) as f:
            if f.read() != text:
                sys.exit("tests/errors/cases.expected is stale")
        return
    with open(EXPECTED, "w") as f:
        f.write(text)
    print(f"wrote {len(lines)} cases")


if __name__ == "__main__":
    main()
