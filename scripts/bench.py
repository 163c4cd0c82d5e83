#!/usr/bin/env python3
"""Benchmark pyjit against CPython 3.11 (and PyPy when available).

Runs every bench-programs/*.py at its DEFAULT size (no arguments) under each
implementation, --repeat times (the minimum time is reported), checks that
every implementation prints exactly what CPython prints, and writes a Markdown
table to stdout.  Progress and diagnostics go to stderr.

Cells:
  1.234        seconds (min over repeats), output identical to CPython's
  FAIL (...)   non-zero exit status, crash, missing binary or timeout
  MISMATCH     exit status 0 but stdout differs from CPython's
  1.234 (unchecked)  CPython itself failed, so there is no reference output

Examples:
  python3 scripts/bench.py
  python3 scripts/bench.py --repeat 5 --programs fib_recursive matmul
  python3 scripts/bench.py --extra-pyjit-args "--no-jit"
  python3 scripts/bench.py --small          # quick smoke run at the '# args:' sizes
  python3 scripts/bench.py --pyjit /bin/false
  python3 scripts/bench.py --cpu-time     # CPU seconds instead of wall (busy machine)
  python3 scripts/bench.py --baseline /tmp/old/pyjit --with-generic --no-pypy

Exit status is 1 if any pyjit/PyPy cell is FAIL or MISMATCH (or CPython fails),
0 otherwise.
"""

import argparse
import glob
import json
import math
import os
import resource
import shlex
import shutil
import subprocess
import sys
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROGRAM_DIR = os.path.join(REPO, "bench-programs")


def find_cpython():
    """The real CPython 3.11 binary (not the pyenv shim, which adds startup time)."""
    if shutil.which("pyenv"):
        try:
            out = subprocess.run(["pyenv", "which", "python3.11"], capture_output=True,
                                 text=True, timeout=30)
            path = out.stdout.strip()
            if out.returncode == 0 and path and os.path.exists(path):
                return path
        except (OSError, subprocess.SubprocessError):
            pass
    for name in ("python3.11", "python3"):
        path = shutil.which(name)
        if path:
            return path
    return sys.executable


def small_args(path):
    """Arguments from the program's first line '# args: ...' (used by --small)."""
    with open(path, encoding="utf-8") as f:
        first = f.readline().strip()
    if first.startswith("# args:"):
        return shlex.split(first[len("# args:"):])
    return []


def first_diff(expected, got):
    exp_lines = expected.decode("utf-8", "replace").splitlines()
    got_lines = got.decode("utf-8", "replace").splitlines()
    for i in range(max(len(exp_lines), len(got_lines))):
        e = exp_lines[i] if i < len(exp_lines) else "<missing>"
        g = got_lines[i] if i < len(got_lines) else "<missing>"
        if e != g:
            return "line %d: expected %r, got %r" % (i + 1, e[:200], g[:200])
    return "outputs differ (trailing newline / encoding?)"


def child_cpu():
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def run_once(cmd, timeout, cpu_time=False):
    """Returns (seconds, returncode, stdout, stderr, error-string-or-None).

    seconds is wall time (time.perf_counter) or, with cpu_time, the child's user+sys time."""
    cpu0 = child_cpu()
    start = time.perf_counter()
    try:
        proc = subprocess.run(cmd, cwd=REPO, stdin=subprocess.DEVNULL,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              timeout=timeout)
    except subprocess.TimeoutExpired as e:
        return time.perf_counter() - start, None, e.stdout or b"", e.stderr or b"", \
            "FAIL (timeout %gs)" % timeout
    except FileNotFoundError:
        return 0.0, None, b"", b"", "FAIL (not found)"
    except OSError as e:
        return 0.0, None, b"", b"", "FAIL (%s)" % (e.strerror or type(e).__name__)
    elapsed = time.perf_counter() - start
    if cpu_time:
        elapsed = child_cpu() - cpu0
    if proc.returncode != 0:
        if proc.returncode < 0:
            return elapsed, proc.returncode, proc.stdout, proc.stderr, \
                "FAIL (signal %d)" % -proc.returncode
        return elapsed, proc.returncode, proc.stdout, proc.stderr, \
            "FAIL (rc=%d)" % proc.returncode
    return elapsed, 0, proc.stdout, proc.stderr, None


class Result:
    def __init__(self):
        self.times = []
        self.status = None      # None = ok so far, else "FAIL (...)" / "MISMATCH"
        self.output = None      # stdout of the first successful run
        self.note = None        # detail for the notes section
        self.unchecked = False

    @property
    def ok(self):
        return self.status is None and bool(self.times)

    @property
    def best(self):
        return min(self.times) if self.times else None


def tail(data, lines=5):
    text = data.decode("utf-8", "replace").rstrip()
    return " | ".join(text.splitlines()[-lines:])


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog=__doc__.split("\n", 2)[2])
    ap.add_argument("--pyjit", default=os.path.join(REPO, "target", "release", "pyjit"),
                    help="pyjit binary (default: target/release/pyjit)")
    ap.add_argument("--extra-pyjit-args", default="",
                    help='extra arguments for pyjit, placed before the script, e.g. "--no-jit"')
    ap.add_argument("--cpython", default=None,
                    help="CPython binary (default: `pyenv which python3.11`, else python3)")
    ap.add_argument("--cpython-args", default="-S",
                    help="arguments for CPython and PyPy (default: -S, which skips site "
                         "imports that add ~50 ms of startup here; pass '' to disable)")
    ap.add_argument("--pypy", default=None,
                    help="PyPy binary (default: pypy3 on PATH, column omitted if absent)")
    ap.add_argument("--no-pypy", action="store_true", help="never run PyPy")
    ap.add_argument("--no-nojit", action="store_true",
                    help="skip the interpreter-only column (pyjit --no-jit)")
    ap.add_argument("--baseline", metavar="PYJIT",
                    help="also time this pyjit binary (e.g. a build of an earlier commit), "
                         "as the column 'pyjit before'")
    ap.add_argument("--with-generic", action="store_true",
                    help="also time pyjit --no-specialize (the interpreter without quickening)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per implementation (min is reported)")
    ap.add_argument("--programs", nargs="+", metavar="NAME",
                    help="only these programs (name with or without .py)")
    ap.add_argument("--small", action="store_true",
                    help="run at the small '# args:' size instead of the default size")
    ap.add_argument("--timeout", type=float, default=300.0, help="seconds per run (default 300)")
    ap.add_argument("--json", metavar="FILE", help="also write raw results as JSON")
    ap.add_argument("--cpu-time", action="store_true",
                    help="report child user+sys CPU seconds instead of wall time "
                         "(less sensitive to a busy machine)")
    args = ap.parse_args()

    if args.repeat < 1:
        ap.error("--repeat must be >= 1")

    paths = sorted(glob.glob(os.path.join(PROGRAM_DIR, "*.py")))
    if args.programs:
        wanted = [p[:-3] if p.endswith(".py") else p for p in args.programs]
        wanted = [os.path.basename(w) for w in wanted]
        by_name = {os.path.basename(p)[:-3]: p for p in paths}
        missing = [w for w in wanted if w not in by_name]
        if missing:
            ap.error("unknown program(s): %s (have: %s)" % (", ".join(missing), ", ".join(sorted(by_name))))
        paths = [by_name[w] for w in wanted]
    if not paths:
        ap.error("no programs found in %s" % PROGRAM_DIR)

    cpython = args.cpython or find_cpython()
    pypy = None
    if not args.no_pypy:
        pypy = args.pypy or shutil.which("pypy3")
    def resolve(exe):
        # Programs run with cwd=REPO, so make relative paths absolute w.r.t. our cwd.
        if os.sep in exe:
            return os.path.abspath(exe)
        return shutil.which(exe) or exe

    cpython = resolve(cpython)
    pypy = resolve(pypy) if pypy else None
    pyjit = resolve(args.pyjit)

    py_args = shlex.split(args.cpython_args)
    impls = [("cpython", [cpython] + py_args)]
    if args.baseline:
        impls.append(("before", [resolve(args.baseline)]))
    if args.with_generic:
        impls.append(("generic", [pyjit, "--no-specialize"] + shlex.split(args.extra_pyjit_args)))
    if pypy:
        impls.append(("pypy", [pypy] + py_args))
    if not args.no_nojit:
        impls.append(("nojit", [pyjit, "--no-jit"] + shlex.split(args.extra_pyjit_args)))
    impls.append(("pyjit", [pyjit] + shlex.split(args.extra_pyjit_args)))

    load_warning = None
    try:
        load1 = os.getloadavg()[0]
        ncpu = os.cpu_count() or 1
        if load1 > 0.5 * ncpu:
            load_warning = ("WARNING: 1-minute load average was %.2f on %d CPU(s) at start; "
                            "timings may be noisy" % (load1, ncpu))
            print("# " + load_warning, file=sys.stderr)
    except (AttributeError, OSError):
        pass
    print("# implementations", file=sys.stderr)
    for name, cmd in impls:
        print("#   %-8s %s" % (name, " ".join(shlex.quote(c) for c in cmd)), file=sys.stderr)

    results = {}  # program -> impl -> Result
    for path in paths:
        prog = os.path.basename(path)[:-3]
        prog_args = small_args(path) if args.small else []
        res = {name: Result() for name, _ in impls}
        results[prog] = res
        for rep in range(args.repeat):
            # Interleave implementations within each repetition to spread drift.
            for name, base in impls:
                r = res[name]
                if r.status is not None:
                    continue  # already failed; don't waste time repeating
                cmd = base + [path] + prog_args
                elapsed, rc, out, err, error = run_once(cmd, args.timeout, args.cpu_time)
                if error:
                    r.status = error
                    r.note = tail(err) or tail(out)
                    continue
                if r.output is None:
                    r.output = out
                elif out != r.output:
                    r.status = "MISMATCH"
                    r.note = "nondeterministic output between repeats: " + first_diff(r.output, out)
                    continue
                if name != "cpython":
                    ref = res["cpython"]
                    if ref.output is None:
                        r.unchecked = True
                    elif out != ref.output:
                        r.status = "MISMATCH"
                        r.note = first_diff(ref.output, out)
                        continue
                r.times.append(elapsed)
        line = "  %-22s" % prog
        for name, _ in impls:
            r = res[name]
            line += "  %s=%s" % (name, "%.3f" % r.best if r.ok else r.status)
        print(line, file=sys.stderr)

    # ---- table ----
    others = [name for name, _ in impls if name != "cpython"]
    label = {"pyjit": "pyjit JIT", "pypy": "PyPy", "before": "pyjit before",
             "generic": "pyjit generic", "nojit": "pyjit --no-jit"}
    header = ["program", "CPython s"]
    for name in others:
        header += ["%s s" % label[name], "%s/CPython" % label[name]]
    gain = "nojit" in others and "pyjit" in others
    if gain:
        header.append("JIT gain")
    gain_logs = []
    rows = []
    logs = {name: [] for name in others}
    for prog, res in results.items():
        c = res["cpython"]
        row = [prog, "%.3f" % c.best if c.ok else "**%s**" % c.status]
        for name in others:
            r = res[name]
            if r.ok:
                cell = "%.3f" % r.best
                if r.unchecked:
                    cell += " (unchecked)"
                row.append(cell)
                if c.ok and c.best > 0:
                    ratio = r.best / c.best
                    logs[name].append(math.log(ratio))
                    row.append("%.2fx" % ratio)
                else:
                    row.append("-")
            else:
                row += ["**%s**" % r.status, "-"]
        if gain:
            a, b = res["nojit"], res["pyjit"]
            if a.ok and b.ok and b.best > 0:
                gain_logs.append(math.log(a.best / b.best))
                row.append("%.2fx" % (a.best / b.best))
            else:
                row.append("-")
        rows.append(row)
    geo = ["**geomean**", ""]
    for name in others:
        geo.append("")
        if logs[name]:
            g = "%.2fx" % math.exp(sum(logs[name]) / len(logs[name]))
            if len(logs[name]) != len(results):
                g += " (%d/%d programs)" % (len(logs[name]), len(results))
            geo.append("**%s**" % g)
        else:
            geo.append("-")
    if gain:
        geo.append("**%.2fx**" % math.exp(sum(gain_logs) / len(gain_logs)) if gain_logs else "-")
    rows.append(geo)

    widths = [max(len(header[i]), max(len(r[i]) for r in rows)) for i in range(len(header))]

    def fmt(cells):
        out = []
        for i, c in enumerate(cells):
            out.append(c.ljust(widths[i]) if i == 0 else c.rjust(widths[i]))
        return "| " + " | ".join(out) + " |"

    size = "small '# args:' size" if args.small else "default size"
    extra = (" " + args.extra_pyjit_args) if args.extra_pyjit_args else ""
    print("Benchmarks at %s, min of %d run(s) of %s; ratio = impl time / CPython time (lower is better); "
          "JIT gain = pyjit --no-jit time / pyjit time (higher is better)."
          % (size, args.repeat, "user+sys CPU time" if args.cpu_time else "wall time"))
    print("CPython: `%s`; pyjit: `%s%s`%s" % (" ".join([cpython] + py_args), pyjit, extra,
                                             ("; PyPy: `%s`" % " ".join([pypy] + py_args)) if pypy else ""))
    if load_warning:
        print(load_warning)
    print()
    print(fmt(header))
    print("|" + "|".join(("-" * (w + 1) + ":") if i else (":" + "-" * (w + 1))
                         for i, w in enumerate(widths)) + "|")
    for r in rows:
        print(fmt(r))

    notes = []
    for prog, res in results.items():
        for name, _ in impls:
            r = res[name]
            if r.status is not None:
                notes.append("- %s / %s: %s%s" % (prog, name, r.status, (" -- " + r.note) if r.note else ""))
    if notes:
        print()
        print("Failures:")
        for n in notes:
            print(n)

    if args.json:
        data = {
            "mode": "small" if args.small else "default",
            "repeat": args.repeat,
            "clock": "cpu" if args.cpu_time else "wall",
            "commands": {name: cmd for name, cmd in impls},
            "results": {
                prog: {name: {"times": r.times, "best": r.best, "status": r.status or "ok",
                              "unchecked": r.unchecked, "note": r.note}
                       for name, r in res.items()}
                for prog, res in results.items()
            },
        }
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(data, f, indent=2)

    bad = any(r.status is not None for res in results.values() for r in res.values())
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
