"""Running a program under CPython or under pyjit in a mode; Outcome: how a run ended."""

import os
import subprocess
import time


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
