#!/usr/bin/env python3
"""Generate (or check) expected outputs for pyjit's differential test corpus.

For every program X.py in tests/programs/ and bench-programs/ (paths relative
to the repo root, i.e. the parent directory of scripts/), run it under CPython
3.11 and record:

  X.expected  exact stdout bytes
  X.status    only when the exit code is non-zero; two lines:
                <exit code>
                <last non-empty line of stderr>
              (a stale X.status is deleted when the exit code is 0)

Program arguments: if the FIRST line of X.py is `# args: a b c`, the
whitespace-split words after `# args:` are passed as argv after the script.

Programs are run as `python3 <relpath> args...` with cwd = repo root,
PYTHONHASHSEED=0, stdin = /dev/null and a 120 s timeout.

Usage:
  python3 scripts/gen_expected.py [--check] [PROGRAM.py ...]

  --check   do not write anything; exit 1 (listing the files) if any stored
            expectation differs from what CPython produces now.
  PROGRAM   only process these programs (paths relative to cwd or repo root).
"""
import os
import subprocess
import sys

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROGRAM_DIRS = ["tests/programs", "bench-programs"]
TIMEOUT = 120
PYTHON = "python3"


def check_python_version():
    try:
        out = subprocess.run(
            [PYTHON, "-c", "import sys;print(sys.version_info[:2])"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=30,
        )
    except (OSError, subprocess.TimeoutExpired) as e:
        sys.stderr.write("gen_expected: cannot run %s: %s\n" % (PYTHON, e))
        sys.exit(2)
    version = out.stdout.decode("utf-8", "replace").strip()
    if out.returncode != 0 or version != "(3, 11)":
        sys.stderr.write(
            "gen_expected: refusing to run: %s must be CPython 3.11.x "
            "(got %r)\n" % (PYTHON, version or out.stderr.decode("utf-8", "replace").strip()))
        sys.exit(2)


def discover():
    progs = []
    for d in PROGRAM_DIRS:
        full = os.path.join(REPO_ROOT, d)
        if not os.path.isdir(full):
            continue
        for name in sorted(os.listdir(full)):
            if name.endswith(".py") and os.path.isfile(os.path.join(full, name)):
                progs.append(d + "/" + name)
    return progs


def normalize(arg):
    """Turn a user-supplied path into a path relative to the repo root."""
    cand = os.path.abspath(arg)
    if not os.path.isfile(cand):
        cand = os.path.abspath(os.path.join(REPO_ROOT, arg))
    if not os.path.isfile(cand):
        sys.stderr.write("gen_expected: no such program: %s\n" % arg)
        sys.exit(2)
    rel = os.path.relpath(cand, REPO_ROOT)
    if rel.startswith(".."):
        sys.stderr.write("gen_expected: program outside repo: %s\n" % arg)
        sys.exit(2)
    return rel.replace(os.sep, "/")


def program_args(path):
    with open(path, "rb") as f:
        first = f.readline().decode("utf-8", "replace").rstrip("\r\n")
    prefix = "# args:"
    if first.startswith(prefix):
        return first[len(prefix):].split()
    return []


def run_program(rel):
    full = os.path.join(REPO_ROOT, rel)
    args = program_args(full)
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    # Test programs import helper modules next to them: no __pycache__ in the tree.
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    try:
        proc = subprocess.run(
            [PYTHON, rel] + args, cwd=REPO_ROOT, env=env,
            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, timeout=TIMEOUT,
        )
    except subprocess.TimeoutExpired:
        sys.stderr.write("gen_expected: %s: timed out after %d s\n" % (rel, TIMEOUT))
        return None
    stdout = proc.stdout
    status = None
    if proc.returncode != 0:
        last = ""
        for line in proc.stderr.decode("utf-8", "replace").splitlines():
            if line.strip():
                last = line.rstrip()
        status = ("%d\n%s\n" % (proc.returncode, last)).encode("utf-8")
    return stdout, status


def read_bytes(path):
    try:
        with open(path, "rb") as f:
            return f.read()
    except FileNotFoundError:
        return None


def write_bytes(path, data):
    with open(path, "wb") as f:
        f.write(data)


def main(argv):
    check = False
    paths = []
    for a in argv:
        if a == "--check":
            check = True
        elif a in ("-h", "--help"):
            print(__doc__)
            return 0
        elif a.startswith("-"):
            sys.stderr.write("gen_expected: unknown option %s\n" % a)
            return 2
        else:
            paths.append(a)

    check_python_version()
    progs = [normalize(p) for p in paths] if paths else discover()
    if not progs:
        sys.stderr.write("gen_expected: no programs found\n")
        return 2

    mismatches = []
    failures = 0
    for rel in progs:
        res = run_program(rel)
        if res is None:
            failures += 1
            print("TIMEOUT  %s" % rel)
            continue
        stdout, status = res
        base = os.path.join(REPO_ROOT, rel[:-3])
        exp_path, st_path = base + ".expected", base + ".status"
        tag = "ok" if status is None else "exit " + status.decode().split("\n")[0]
        if check:
            bad = []
            if read_bytes(exp_path) != stdout:
                bad.append(rel[:-3] + ".expected")
            if read_bytes(st_path) != status:
                bad.append(rel[:-3] + ".status")
            mismatches.extend(bad)
            print("%-8s %s%s" % ("DIFF" if bad else "same", rel,
                                  (" (" + ", ".join(bad) + ")") if bad else ""))
        else:
            write_bytes(exp_path, stdout)
            if status is None:
                if os.path.exists(st_path):
                    os.remove(st_path)
            else:
                write_bytes(st_path, status)
            print("wrote    %s [%s, %d bytes]" % (rel, tag, len(stdout)))

    if check and mismatches:
        print("\n%d expectation file(s) differ:" % len(mismatches))
        for m in mismatches:
            print("  " + m)
        return 1
    if failures:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
