"""Fuzzer: one program generated, run in every mode, a difference classified, saved, reduced."""

import collections
import os
import tempfile
import threading
import time

from .classify import kernel_tags, known_interpreter_bug
from .gen import generate
from .reduce import Reducer
from .report import first_diff, header
from .run import (GC_EVERY, MODES, NO_TREES, PYJIT_TIMEOUT, REDUCE_ORDER, STATS_MODES, Runner,
                  cpython_accepts, last_line, run)
from .stats import parse_stats


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
