"""Reporting findings: a saved program's header, a line per program, the run's summary."""

import collections

from .classify import memory_kinds
from .run import last_line


def first_diff(want, got):
    """The first differing stdout lines (CPython's, pyjit's), or the exit statuses."""
    w = want.out.decode(errors="replace").splitlines()
    g = got.out.decode(errors="replace").splitlines()
    for a, b in zip(w + ["<end>"], g + ["<end>"]):
        if a != b:
            return a[:300], b[:300]
    if got.kind() != "output":
        return f"exit {want.rc}", f"{got.kind()}: {last_line(got.err)[:300]}"
    return f"exit {want.rc}", f"exit {got.rc}: {last_line(got.err)[:300]}"


def header(finding, want, got):
    w, g = first_diff(want, got)
    return [f"# pyjit fuzz finding: seed {finding.seed}, class {finding.what()}, {finding.kind}, "
            f"modes {' '.join(finding.modes)}",
            f"# reproduce: pyjit {' '.join(finding.flags)} THIS_FILE  (compare with python3)",
            f"# CPython: {w}", f"# pyjit:   {g}"]


def report_one(res):
    f = res.finding
    if f:
        note = f" (reduced: {f.reduce_note})" if f.reduced else ""
        print(f"seed {res.seed}: {f.what()}, {f.kind} in {' '.join(f.modes)} [{f.label or f.tags}]"
              f" -> {f.reduced or f.path}{note}", flush=True)
    elif not res.valid:
        print(f"seed {res.seed}: invalid (CPython rejected it)", flush=True)


def summarize(results, args, secs):
    valid = [r for r in results if r.valid]
    runs, stats, aborts = collections.Counter(), {}, collections.Counter()
    for r in results:
        runs.update(r.runs)
        aborts.update(r.aborts)
        for mode, c in r.stats.items():
            stats.setdefault(mode, collections.Counter()).update(c)
    print(f"\n== {len(results)} programs generated, {len(valid)} valid (CPython ran them), "
          f"{secs:.0f} s")
    if valid:
        t = [r.cpython_secs for r in valid]
        print(f"CPython time per program: mean {sum(t) / len(t):.2f} s, max {max(t):.2f} s")
    print("runs per mode: " + ", ".join(f"{m} {runs[m]}" for m in args.modes))
    for mode, c in stats.items():
        print(f"--stats {mode}: traces compiled {c['traces']}, side traces {c['side']}, "
              f"trees {c['trees']}, aborted recordings {c['aborts']}")
    top = [(k, v) for k, v in aborts.most_common() if "(" not in k][:8]
    if top:
        print("top abort reasons:")
        for reason, n in top:
            details = [(k, v) for k, v in aborts.most_common() if k.startswith(reason + " (")]
            more = ", ".join(f"{k[len(reason) + 2:-1]} x{v}" for k, v in details[:4])
            print(f"  {n:6}  {reason}" + (f"  [{more}]" if more else ""))
    findings = [r.finding for r in results if r.finding]
    by_class = collections.defaultdict(list)
    for f in findings:
        by_class[(f.what(), f.kind, f.label)].append(f)
    print(f"findings: {len(findings)}")
    for (what, kind, label), fs in sorted(by_class.items(), key=lambda kv: -len(kv[1])):
        modes = collections.Counter(m for f in fs for m in f.modes)
        print(f"  [{what}, {kind}{', ' + label if label else ''}] {len(fs)} programs; "
              f"modes: {', '.join(f'{m} {n}' for m, n in modes.most_common())}")
        print(f"      seeds {' '.join(str(f.seed) for f in fs)}")
        unreduced = [f for f in fs if not f.reduced]
        if unreduced:
            more = " ..." if len(unreduced) > 1 else ""
            print(f"      not reduced: {unreduced[0].path}{more}")
    distinct = collections.defaultdict(list)
    for f in findings:
        if f.reduced_lines:
            distinct[(f.what(), memory_kinds(f.reduced_lines))].append(f)
    if distinct:
        print("reduced programs by what their loops read and write:")
        for (what, kinds), fs in sorted(distinct.items(), key=lambda kv: (kv[0][0], -len(kv[1]))):
            seeds = " ".join(str(f.seed) for f in fs[:10]) + (" ..." if len(fs) > 10 else "")
            print(f"  {len(fs):4} x [{what}] {kinds}: {fs[0].reduced}  (seeds {seeds})")
    return sum(1 for f in findings if f.cls != "known-interpreter")
