"""Differential fuzzer for pyjit's tracing JIT, one job per module (see scripts/jit_fuzz.py)."""


# prelude   the code every generated program starts with (classes P, Q, helpers, ck)
# kernel    Kernel: one generated `def kN(n)` under construction
# memory    memory kinds: read every iteration, written on rare branches
# features  other things the JIT compiles, mixed into kernels
# gen       loop forms, shapes, generate(seed, quick): a whole program
# run       modes, running CPython and pyjit, Outcome
# stats     parsing pyjit's --stats report
# reduce    Reducer: shrinking a failing program
# classify  known interpreter bugs, kernel tags, what reduced kernels read and write
# report    finding headers, per-program lines, the summary
# fuzzer    Fuzzer: one program generated, run, classified, saved and reduced
