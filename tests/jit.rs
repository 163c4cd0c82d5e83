//! JIT tests that look inside: what traces contain (through the `--jit-dump` text), what
//! `--stats` reports, and that every trace of every bench program also compiles for
//! AArch64. Golden dumps live in `tests/jit/*.ir` (refresh with `PYJIT_BLESS=1`).

use std::path::PathBuf;
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs pyjit; returns (stdout, stderr).
fn pyjit(args: &[&str]) -> (String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_pyjit"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("run pyjit");
    assert!(
        out.status.success(),
        "pyjit {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn script(name: &str, src: &str) -> String {
    let dir = std::env::temp_dir().join(format!("pyjit-jit-tests-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, src).unwrap();
    p.to_string_lossy().into_owned()
}

/// The optimized IR dump (header line included) of the first trace recorded after the
/// line of `err` that contains `marker` (e.g. "side trace of trace 0").
fn trace_ir<'a>(err: &'a str, marker: &str) -> &'a str {
    let at = err
        .find(marker)
        .unwrap_or_else(|| panic!("no {marker:?} in the dump:\n{err}"));
    let ir = &err[at..];
    let ir = &ir[ir.find("IR (optimized)\n").expect("an optimized trace")..];
    &ir[..ir[1..].find("---- ").map_or(ir.len(), |i| i + 1)]
}

/// The optimized IR of the first trace, split at `LOOP` into (pre-roll, body).
fn optimized(stderr: &str) -> (String, String) {
    let start = stderr
        .find("IR (optimized)\n")
        .expect("an optimized trace in the dump");
    let text = &stderr[start..];
    let text = &text[text.find('\n').unwrap() + 1..];
    let end = text.find("---- ").unwrap_or(text.len());
    let ir = &text[..end];
    let at = ir.find(" LOOP").expect("a LOOP marker");
    let split = ir[..at].rfind('\n').map_or(0, |i| i + 1);
    (ir[..split].to_string(), ir[split..].to_string())
}

#[test]
fn loop_counter_has_no_type_guard_in_the_peeled_loop() {
    let (out, err) = pyjit(&["--jit-dump=opt", "tests/jit/sum_loop.py"]);
    assert_eq!(out, "9997\n");
    let (pre, body) = optimized(&err);
    // The pre-roll checks that i, n and total are ints once...
    assert_eq!(pre.matches("UNBOX_INT").count(), 3, "pre-roll:\n{pre}");
    // ...and the loop body keeps them unboxed in registers: no type guard, no entry load,
    // no boxing; only the compare, the arithmetic with its overflow guards, and PHIs.
    for op in ["UNBOX_INT", "SLOAD", "BOX_INT", "KINT"] {
        assert!(!body.contains(op), "{op} in the loop body:\n{body}");
    }
    assert!(body.contains("MULOV") && body.contains("MOD") && body.contains("PHI"));
}

#[test]
fn optimized_ir_of_a_kernel_matches_its_golden_dump() {
    let (_, err) = pyjit(&["--jit-dump=opt,snap", "tests/jit/sum_loop.py"]);
    let start = err.find("---- TRACE 0 IR (optimized)").expect("trace 0");
    let end = err[start..].find("---- TRACE 0 compiled").unwrap() + start;
    let got = &err[start..end];
    let golden = root().join("tests/jit/sum_loop.ir");
    if std::env::var("PYJIT_BLESS").is_ok() {
        std::fs::write(&golden, got).unwrap();
    }
    let want = std::fs::read_to_string(&golden).expect("golden dump (bless with PYJIT_BLESS=1)");
    assert_eq!(
        got, want,
        "the optimized IR changed; if intended, bless with PYJIT_BLESS=1"
    );
}

#[test]
fn range_and_list_loops_keep_invariant_guards_and_loads_out_of_the_body() {
    let src = "def f(xs, n):\n    t = 0.0\n    for i in range(n):\n        t += xs[i % 4] * 0.5\n    return t\nprint(f([1.0, 2.0, 3.0, 4.0], 4000))\n";
    let (out, err) = pyjit(&["--jit-dump=opt", &script("range_list.py", src)]);
    assert_eq!(out, "5000.0\n");
    let (pre, body) = optimized(&err);
    assert!(
        pre.contains("RANGE_OK") && pre.contains("GUARD_KIND"),
        "{pre}"
    );
    // The iterator check, the list's kind guard and the iterator position's load are
    // loop-invariant or forwarded from the store: none is repeated.
    for op in ["RANGE_OK", "GUARD_KIND", "RANGE_CUR", "RANGE_STOP", "SLOAD"] {
        assert!(!body.contains(op), "{op} in the loop body:\n{body}");
    }
    assert!(
        body.contains("RANGE_SET") && body.contains("LOAD_AT"),
        "{body}"
    );
}

#[test]
fn a_side_trace_from_a_branch_exit_does_not_test_the_branch_again() {
    // The odd step leaves the root trace at `if x % 2 == 0` with the comparison's False on
    // the stack; the side trace grown there starts with it as a constant.
    let src = "def steps(x):\n    n = 0\n    while x != 1:\n        if x % 2 == 0:\n            x = x // 2\n        else:\n            x = 3 * x + 1\n        n += 1\n    return n\nt = 0\nfor s in range(1, 3000):\n    t += steps(s)\nprint(t)\n";
    let (out, err) = pyjit(&["--jit-dump=opt", &script("branch_exit.py", src)]);
    assert_eq!(out, "215015\n");
    let side = trace_ir(&err, "side trace of trace 0");
    assert!(side.contains("MULOV"), "{side}");
    assert!(!side.contains("SLOAD       s0"), "{side}");
    assert!(!side.contains("KBOX        False"), "{side}");
}

#[test]
fn every_loop_body_checks_the_pending_flag_once_per_iteration() {
    // Even a body that cannot allocate keeps its check: the same flag is how SIGINT stops a
    // running loop. Exactly one check per iteration, at its end.
    let src = "def f(n):\n    t = 0\n    for i in range(n):\n        t += i * i % 7\n    return t\nprint(f(5000))\ndef g(n):\n    out = []\n    for i in range(n):\n        out.append(str(i))\n    return len(out)\nprint(g(5000))\n";
    let (out, err) = pyjit(&["--jit-dump=opt", &script("gc_check.py", src)]);
    assert_eq!(out, "9997\n5000\n");
    for ir in [&err[..], trace_ir(&err, "TRACE 1 IR (optimized)")] {
        let (pre, body) = optimized(ir);
        assert_eq!(pre.matches("GC_CHECK").count(), 1, "{pre}");
        assert_eq!(body.matches("GC_CHECK").count(), 1, "{body}");
    }
}

#[test]
fn inner_loops_reuse_the_iterator_the_last_one_left() {
    // The outer loop's trace makes an iterator for each inner loop and releases it when
    // that loop ends; `range(...)` iterated at once makes its iterator directly.
    let src = "def f(n, xs):\n    t = 0\n    for i in range(n):\n        for x in xs:\n            t += x\n        for j in range(i % 3 + 2):\n            t -= j\n    return t\nprint(f(3000, [1, 2, 3]))\n";
    let (out, err) = pyjit(&["--jit-dump=opt", &script("iter_reuse.py", src)]);
    assert_eq!(out, "8000\n");
    let (pre, body) = optimized(trace_ir(&err, "loop header pc 7)"));
    for part in [&pre, &body] {
        assert_eq!(part.matches("ITER_RELEASE").count(), 2, "{part}");
        assert_eq!(part.matches("NEW_RANGE_ITER").count(), 1, "{part}");
        assert!(!part.contains("NEW_RANGE "), "{part}");
    }
}

#[test]
fn an_index_into_several_lists_is_checked_once_in_the_body() {
    // `xs[j] + ys[j] + zs[j]`: the body checks `j` against the smallest of the three
    // lengths (computed before the body) once, not three times.
    let src = "def f(xs, ys, zs, pairs):\n    t = 0.0\n    for i, j in pairs:\n        t += xs[j] * ys[j] - zs[j] + xs[i]\n    return t\nv = [1.0, 2.0, 3.0]\nprint(f(v, v, v, [(0, 1), (1, 2), (2, 0)] * 1000))\n";
    let (out, err) = pyjit(&["--jit-dump=opt", &script("bounds.py", src)]);
    assert_eq!(out, "14000.0\n");
    let (pre, body) = optimized(&err);
    assert_eq!(pre.matches("IMIN").count(), 2, "{pre}");
    // The pairs loop's own end check, then one check per index.
    assert_eq!(body.matches(" LT ").count(), 3, "{body}");
}

#[test]
fn temporaries_the_next_iteration_overwrites_are_not_carried_around_the_loop() {
    // `d` and `e` are written before they are read at the loop header: no exit stores
    // them there and no PHI carries them. In `g`, `d` is read after the loop: it stays.
    let src = "def f(n):\n    s = 0.0\n    for i in range(n):\n        d = i * 0.5\n        e = d * d + 1.0\n        s += e / d if d else e\n    return s\nprint(f(3000))\ndef g(n):\n    s = 0.0\n    for i in range(n):\n        d = i * 0.5\n        s += d\n    return s, d\nprint(g(3000))\n";
    let (out, err) = pyjit(&["--jit-dump=opt,snap", &script("dead_locals.py", src)]);
    assert_eq!(out, "2249268.1668331176\n(2249250.0, 1499.5)\n");
    // f's locals: n, s, i, d, e (l0..l4); g's: n, s, i, d.
    for (marker, phis, header_slots) in [
        ("in f (loop header pc 7)", 2, "[l1="),
        ("in g (loop header pc 7)", 3, "[l1="),
    ] {
        let ir = trace_ir(&err, marker);
        let body = &ir[ir.find(" LOOP").expect("a loop")..];
        assert_eq!(body.matches(" PHI ").count(), phis, "{ir}");
        let at_header: Vec<&str> = body
            .lines()
            .filter(|l| l.contains("resume pc 7 "))
            .collect();
        assert!(!at_header.is_empty(), "{ir}");
        for l in at_header {
            assert!(l.contains(header_slots), "{l}");
            assert!(!l.contains(" l4="), "{l}");
            assert_eq!(l.contains(" l3="), marker.contains(" g "), "{l}");
        }
    }
}

#[test]
fn range_indices_need_no_sign_check_in_the_loop_body() {
    // `i` counts up from a start the pre-roll checked is >= 0: the body indexes with it
    // unchecked for sign and stores only the low word of the iterator's position. A loop
    // counting down keeps both.
    let up = "def f(xs):\n    t = 0.0\n    for i in range(len(xs)):\n        t += xs[i]\n    return t\nprint(f([0.5] * 3000))\n";
    let down = "def f(xs):\n    t = 0.0\n    for i in range(len(xs) - 1, -1, -1):\n        t += xs[i]\n    return t\nprint(f([0.5] * 3000))\n";
    for (name, src, checked) in [("up.py", up, false), ("down.py", down, true)] {
        let (out, err) = pyjit(&["--jit-dump=opt", &script(name, src)]);
        assert_eq!(out, "1500.0\n");
        let (pre, body) = optimized(&err);
        assert!(pre.contains(" GE "), "{pre}");
        assert_eq!(body.contains(" GE "), checked, "{body}");
        assert_eq!(
            body.contains("RANGE_SET") && body.contains(" low"),
            !checked,
            "{body}"
        );
    }
}

#[test]
fn random_draws_are_made_in_the_trace() {
    // `random.random()` and `random.choice(list)` do not abort the recording: the loop body
    // draws through helpers (one each per pass), and the sum matches CPython's.
    let src = "import random\nrandom.seed(7)\ndef f(n, xs):\n    t = 0.0\n    for i in range(n):\n        t += random.random() * random.choice(xs)\n    return t\nprint('%.6f' % f(3000, [1, 2, 3]))\n";
    let (out, err) = pyjit(&["--jit-dump=opt,abort", &script("rand.py", src)]);
    assert_eq!(out, "2937.739150\n");
    assert!(!err.contains("call of builtin"), "{err}");
    let (_, body) = optimized(&err);
    assert_eq!(body.matches(" RANDOM").count(), 1, "{body}");
    assert_eq!(body.matches(" RAND_BELOW").count(), 1, "{body}");
}

#[test]
fn side_traces_check_for_a_collection_only_where_a_path_to_them_can_allocate() {
    // Collatz: neither the loop's trace nor the odd-step side trace calls a helper, so the
    // side trace has no check. A loop that appends keeps the check in its side trace.
    let quiet = "def steps(x):\n    n = 0\n    while x != 1:\n        if x % 2 == 0:\n            x = x // 2\n        else:\n            x = 3 * x + 1\n        n += 1\n    return n\nt = 0\nfor s in range(1, 3000):\n    t += steps(s)\nprint(t)\n";
    let busy = "def f(n):\n    out = []\n    for i in range(n):\n        if i % 3 == 0:\n            out.append(str(i))\n        else:\n            out.append(i)\n    return len(out)\nprint(f(5000))\n";
    for (name, src, out, checks) in [
        ("quiet_side.py", quiet, "215015\n", false),
        ("busy_side.py", busy, "5000\n", true),
    ] {
        let (got, err) = pyjit(&["--jit-dump=opt", &script(name, src)]);
        assert_eq!(got, out);
        let side = trace_ir(&err, "side trace of trace 0");
        assert!(side.contains("LINK"), "{side}");
        assert_eq!(side.contains("GC_CHECK"), checks, "{name}:\n{side}");
    }
}

#[test]
fn item_stores_keep_list_lengths_and_item_arrays_out_of_the_body() {
    // `ci[j] += a * bk[j]`: the store into `ci`'s items changes neither list's length nor
    // item array, so the body reads only the two items.
    let src = "def f(ci, bk, a):\n    for j in range(len(ci)):\n        ci[j] += a * bk[j]\n    return ci\nc = [1.0] * 3000\nfor _ in range(3):\n    f(c, [2.0] * 3000, 0.5)\nprint(sum(c))\n";
    let (out, err) = pyjit(&["--jit-dump=opt", &script("item_store.py", src)]);
    assert_eq!(out, "12000.0\n");
    let (pre, body) = optimized(&err);
    assert!(
        pre.contains("LIST_LEN") && pre.contains("LIST_ITEMS"),
        "{pre}"
    );
    for op in ["LIST_LEN", "LIST_ITEMS", "GUARD_KIND"] {
        assert!(!body.contains(op), "{op} in the loop body:\n{body}");
    }
    assert_eq!(body.matches("LOAD_AT").count(), 2, "{body}");
    assert!(body.contains("STORE_AT"), "{body}");
}

#[test]
fn enumerate_and_zip_loops_step_their_iterators_without_building_tuples() {
    let src = "def f(xs, ys):\n    t = 0.0\n    for i, x in enumerate(xs):\n        t += i * x\n    for a, b in zip(xs, ys):\n        t += a * b\n    return t\nprint(f([0.5] * 3000, [2.0] * 3000))\n";
    let (out, err) = pyjit(&["--jit-dump=opt", &script("enum_zip.py", src)]);
    assert_eq!(out, "2252250.0\n");
    let (pre, body) = optimized(&err);
    // The enumerate check and its inner iterator are loop-invariant; the body steps the
    // list iterator and the count (forwarded from its own stores), and builds no tuple.
    assert!(pre.contains("ENUM_OK") && pre.contains("ENUM_IT"), "{pre}");
    for op in [
        "ENUM_OK",
        "ENUM_IT",
        "ENUM_COUNT",
        "SEQ_ITER_OK",
        "ITER_IDX",
        "NEW_",
    ] {
        assert!(!body.contains(op), "{op} in the loop body:\n{body}");
    }
    assert!(
        body.contains("ITER_SET_IDX") && body.contains("ENUM_SET_COUNT"),
        "{body}"
    );
    let at = err.find("ZIP_OK").expect("a zip loop trace");
    let (zpre, zbody) = optimized(&err[err[..at].rfind("---- TRACE").unwrap()..]);
    assert!(zpre.contains("ZIP_IT"), "{zpre}");
    assert!(
        !zbody.contains("ZIP_OK") && !zbody.contains("ZIP_IT"),
        "{zbody}"
    );
}

#[test]
fn stats_report_traces_exits_and_abort_reasons() {
    let src = "def g():\n    for i in range(3000):\n        yield i\ndef f():\n    t = 0\n    for v in g():\n        t += v\n    return t\nprint(f())\ndef h():\n    s = 0\n    for k in range(3000):\n        s += k\n    return s\nprint(h())\n";
    let path = script("stats.py", src);
    let (out, err) = pyjit(&["--stats", &path]);
    assert_eq!(out, "4498500\n4498500\n");
    assert!(err.contains("traces compiled: "), "{err}");
    assert!(err.contains("abort: NYI: operand types"), "{err}");
    assert!(err.contains("for over generator"), "{err}");
    // A trace's exit is listed with its source line.
    assert!(err.contains("exit #") && err.contains("line "), "{err}");
    let (_, err) = pyjit(&["--stats", "--no-jit", &path]);
    assert!(
        err.contains("traces compiled: 0, aborted recordings: 0"),
        "{err}"
    );
}

#[test]
fn deopt_stress_takes_exits_and_keeps_output() {
    let (out, err) = pyjit(&[
        "--stats",
        "--jit-stress",
        "42",
        "--jit-threshold",
        "1",
        "tests/jit/sum_loop.py",
    ]);
    assert_eq!(out, "9997\n");
    let exits: u64 = err
        .split("trace exits: ")
        .nth(1)
        .and_then(|s| s.split_whitespace().next())
        .and_then(|s| s.parse().ok())
        .expect("exit count");
    assert!(exits > 100, "stress should force many exits, got {exits}");
}

#[test]
fn every_trace_of_every_bench_program_compiles_for_aarch64() {
    let mut total_ok = 0u64;
    let mut dir: Vec<_> = std::fs::read_dir(root().join("bench-programs"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    dir.sort();
    for p in dir {
        let src = std::fs::read_to_string(&p).unwrap();
        let args: Vec<String> = src
            .lines()
            .next()
            .and_then(|l| l.strip_prefix("# args:"))
            .map(|r| r.split_whitespace().map(String::from).collect())
            .unwrap_or_default();
        let rel = p
            .strip_prefix(root())
            .unwrap()
            .to_string_lossy()
            .into_owned();
        let mut argv = vec![
            "--stats",
            "--knob",
            "jit_aarch64=1",
            "--knob",
            "jit_hot_tree=1",
            "--jit-threshold",
            "1",
            &rel,
        ];
        argv.extend(args.iter().map(String::as_str));
        let (_, err) = pyjit(&argv);
        if let Some(line) = err
            .lines()
            .find(|l| l.contains("AArch64 cross-compilation"))
        {
            let nums: Vec<u64> = line
                .split(|c: char| !c.is_ascii_digit())
                .filter_map(|w| w.parse().ok())
                .collect();
            // "AArch64 cross-compilation: N ok, M failed" (the 64 is part of the name).
            let (ok, failed) = (nums[1], nums[2]);
            assert_eq!(failed, 0, "{rel}: {line}");
            total_ok += ok;
        }
    }
    assert!(total_ok >= 10, "only {total_ok} traces cross-compiled");
}

/// `--stats`' "traces compiled: N, aborted recordings: M" figures.
fn compiled_and_aborted(stats: &str) -> (u32, u32) {
    let line = stats
        .lines()
        .find(|l| l.contains("traces compiled:"))
        .expect("JIT stats");
    let num = |key: &str| -> u32 {
        let at = line.find(key).unwrap() + key.len();
        line[at..]
            .trim_start()
            .split(|c: char| !c.is_ascii_digit())
            .next()
            .unwrap()
            .parse()
            .unwrap()
    };
    (num("traces compiled:"), num("aborted recordings:"))
}

#[test]
fn small_functions_are_inlined_with_their_frames_in_snapshots() {
    let src = "def add(a, b):\n    return a + b\ndef f(n):\n    s = 0\n    for i in range(n):\n        s = add(s, i)\n    return s\nprint(f(4000))\n";
    let (out, err) = pyjit(&["--stats", "--jit-dump=opt,snap", &script("inline.py", src)]);
    assert_eq!(out, "7998000\n");
    assert_eq!(compiled_and_aborted(&err), (1, 0), "{err}");
    // A guard inside `add` resumes in `add`'s frame, above the loop's frame.
    assert!(err.contains("> add@"), "{err}");
    // The call costs nothing in the body: the loop body is the addition and the counter.
    let (_, body) = optimized(&err);
    assert!(body.contains("ADDOV") && !body.contains("GLOBAL"), "{body}");
}

#[test]
fn outer_loops_call_the_inner_loops_trace() {
    let src = "def f(n):\n    t = 0\n    for i in range(n):\n        for j in range(10):\n            t += j\n    return t\nprint(f(3000))\n";
    let (out, err) = pyjit(&["--stats", "--jit-dump=bc,opt", &script("nested.py", src)]);
    assert_eq!(out, "135000\n");
    assert_eq!(compiled_and_aborted(&err).0, 2, "{err}");
    assert!(err.contains("CALL_TRACE  trace 0"), "{err}");
    // The outer trace calls the inner loop's trace where the inner loop starts, rather
    // than record the inner loop's first iteration: its recorded bytecode has no
    // instruction of the inner loop's body (`t += j`).
    let outer = &err[err
        .find("TRACE 1 bytecode")
        .expect("the outer trace's bytecode")..];
    let outer = &outer[..outer.find("---- TRACE 1 IR").unwrap_or(outer.len())];
    assert!(outer.contains("(runs inner loop's trace 0)"), "{outer}");
    assert!(!outer.contains("BINARY_OP_ADD_INT"), "{outer}");
    // An inner loop inside a function the outer loop calls: the call is inlined, and the
    // inner loop's trace is called with the callee's frame (the snapshot lists it).
    let src = "def g(k):\n    s = 0\n    for j in range(k):\n        s += j\n    return s\ndef f(n):\n    t = 0\n    for i in range(n):\n        t += g(i % 9)\n    return t\nprint(f(3000))\n";
    let (out, err) = pyjit(&["--stats", "--jit-dump=opt,snap", &script("callee.py", src)]);
    assert_eq!(out, "27973\n");
    let call = err
        .lines()
        .skip_while(|l| !l.contains("CALL_TRACE  trace 0"))
        .nth(1)
        .expect("a CALL_TRACE with its snapshot");
    assert!(call.contains("> g@"), "{err}");
}

#[test]
fn builtins_and_attributes_are_computed_in_the_trace() {
    let src = "import math\nclass P:\n    def __init__(self):\n        self.x = 0.0\ndef f(n):\n    p = P()\n    out = []\n    for i in range(n):\n        p.x = p.x + math.sqrt(i) + min(i, 9) + abs(-i)\n        out.append(len(out))\n    return p.x, len(out)\nprint(f(4000))\n";
    let (out, err) = pyjit(&["--stats", "--jit-dump=opt", &script("builtins.py", src)]);
    assert_eq!(out, "(8202577.9785383, 4000)\n");
    assert_eq!(compiled_and_aborted(&err), (1, 0), "{err}");
    let (pre, body) = optimized(&err);
    for op in ["FMATH", "IMIN", "IABS", "LIST_APPEND", "STORE_AT"] {
        assert!(body.contains(op), "{op} not in the loop body:\n{body}");
    }
    // The instance's shape and class are checked once, before the loop.
    assert!(
        pre.contains("INST_SHAPE") && pre.contains("TYPE_VERSION"),
        "{pre}"
    );
    assert!(
        !body.contains("INST_SHAPE") && !body.contains("TYPE_VERSION"),
        "{body}"
    );
}

#[test]
fn hot_exits_grow_side_traces_that_link_back_to_the_loop() {
    let src = "def f(n):\n    a = 0\n    b = 0\n    for i in range(n):\n        if i % 3 == 0:\n            a += i\n        else:\n            b += 1\n    return a, b\nprint(f(30000))\n";
    let (out, err) = pyjit(&["--stats", &script("side.py", src)]);
    assert_eq!(out, "(149985000, 20000)\n");
    let line = err.lines().find(|l| l.contains("side traces:")).unwrap();
    assert!(!line.ends_with("side traces: 0"), "{err}");
    // The branch the loop's trace did not record leaves through an exit that now runs a
    // side trace, and the side trace ends by linking back to the loop's trace.
    assert!(err.contains(", then side trace "), "{err}");
    assert!(err.contains("the link back to the loop's trace"), "{err}");
    // Without side traces the same program is still right.
    let (out2, err2) = pyjit(&[
        "--stats",
        "--knob",
        "jit_hot_side=0",
        &script("side0.py", src),
    ]);
    assert_eq!(out2, out);
    assert!(err2.contains("side traces: 0"), "{err2}");
}

#[test]
fn hot_side_traces_are_compiled_into_their_root_and_continue_its_loop_body() {
    // The odd step is a side trace; once hot, the root is recompiled with it in place,
    // and the side trace jumps straight back into the root's loop body.
    let collatz = "def f(n):\n    t = 0\n    for s in range(1, n):\n        x = s\n        while x != 1:\n            if x % 2 == 0:\n                x = x // 2\n            else:\n                x = 3 * x + 1\n            t += 1\n    return t\nprint(f(2000))\n";
    let (out, err) = pyjit(&["--stats", "--jit-dump=opt", &script("tree.py", collatz)]);
    assert_eq!(out, "133988\n");
    assert!(err.contains("trace trees: "), "{err}");
    let linked = err
        .lines()
        .filter(|l| l.starts_with("  side trace ") && l.ends_with("continues the loop body"))
        .count();
    assert!(linked >= 1, "{err}");
    // A side trace that rebinds a variable the root's loop body takes as unchanged must
    // not continue the body (it would read the old value): it restarts the pre-roll.
    let rebind = "def f(n):\n    k = 5\n    t = 0\n    for i in range(n):\n        if i % 3 == 0:\n            k = i\n        t += k\n    return t\nprint(f(5000))\n";
    let (out, err) = pyjit(&["--jit-dump=opt", &script("tree2.py", rebind)]);
    assert_eq!(out, "12492501\n");
    assert!(
        err.contains("restarts the pre-roll: it writes l1, which the loop body takes as unchanged"),
        "{err}"
    );
    // With trees off, nothing is recompiled and the output is the same.
    let (out0, err0) = pyjit(&[
        "--stats",
        "--knob",
        "jit_hot_tree=0",
        &script("tree0.py", collatz),
    ]);
    assert_eq!(out0, "133988\n");
    assert!(!err0.contains("trace trees: "), "{err0}");
}

/// The link lines of the trees in `err` (`--jit-dump=opt` or `exit`).
fn link_lines(err: &str) -> Vec<&str> {
    err.lines()
        .filter(|l| l.starts_with("  side trace "))
        .collect()
}

#[test]
fn side_traces_that_write_memory_the_body_hoisted_restart_the_pre_roll() {
    let eager = [
        "--jit-threshold",
        "2",
        "--knob",
        "jit_hot_side=1",
        "--knob",
        "jit_hot_tree=2",
        "--jit-dump=opt",
    ];
    // `len(lst)` is loaded once, in the pre-roll (the body reads no list length itself);
    // the rare branch appends, so its side trace must not jump into the body.
    let append = "def f(n):\n    lst = [0]\n    s = 0\n    for i in range(n):\n        s += len(lst)\n        if i % 10 == 9:\n            lst.append(i)\n    return s\nprint(f(3000))\n";
    let (out, err) = pyjit(&[&eager[..], &[&script("hoist1.py", append)]].concat());
    assert_eq!(out, "451500\n");
    let (_, body) = optimized(&err);
    assert!(!body.contains("LIST_LEN"), "the length is hoisted:\n{body}");
    assert!(body.contains("LOOP        hoisted:list"), "{body}");
    let links = link_lines(&err);
    assert!(!links.is_empty(), "{err}");
    assert!(
        links.iter().all(|l| l.ends_with(
            "restarts the pre-roll: it writes memory the loop body reads before its header (list,items)"
        )),
        "{links:?}"
    );
    // The same loop whose rare branch writes only a local continues the body.
    let local = append.replace("lst.append(i)", "s -= 1");
    let (out, err) = pyjit(&[&eager[..], &[&script("hoist2.py", &local)]].concat());
    assert_eq!(out, "2700\n");
    let links = link_lines(&err);
    assert!(
        links.iter().any(|l| l.ends_with("continues the loop body")),
        "{links:?}"
    );
}

#[test]
fn a_slot_never_stands_in_for_a_value_the_body_reads_from_memory() {
    // At the header `s` holds what `o.x` holds (the body's load of `o.x` takes the value
    // the previous iteration stored), except after the rare branch: its side trace must
    // not pass `s` as `o.x`.
    let src = "class N:\n    def __init__(self, v):\n        self.v = v\nclass P:\n    def __init__(self, x):\n        self.x = x\ndef f(n):\n    nodes = [N(1), N(2), N(3)]\n    b = N(100)\n    o = P(nodes[0])\n    s = b\n    t = 0\n    for i in range(n):\n        x = o.x\n        t += x.v + s.v\n        s = nodes[i % 3]\n        o.x = s\n        if i % 9 == 4:\n            s = b\n    return t\nprint(f(3000))\n";
    let (out, err) = pyjit(&[
        "--jit-threshold",
        "2",
        "--knob",
        "jit_hot_side=1",
        "--knob",
        "jit_hot_tree=2",
        "--jit-dump=opt",
        &script("slotmem.py", src),
    ]);
    assert_eq!(out, "44729\n");
    let (_, body) = optimized(&err);
    assert!(body.contains(" mem:items"), "a PHI stands for o.x:\n{body}");
    let links = link_lines(&err);
    assert!(
        links
            .iter()
            .any(|l| l.contains("restarts the pre-roll: it leaves l")
                && l.contains("where the loop body reads memory")),
        "{links:?}"
    );
}
