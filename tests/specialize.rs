//! Adaptive specialization, seen from outside: `pyjit dis --adaptive` shows which specialized
//! form each instruction of a loop took, `--stats` counts misses and de-specializations, and
//! a type change at one instruction moves it to another form (or back to the generic one).
//! That the output stays right when types change is the differential suite's job
//! (`tests/programs/spec_*.py`).

use std::path::PathBuf;
use std::process::{Command, Output};

fn pyjit(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pyjit"))
        .args(args)
        .output()
        .expect("run pyjit")
}

fn script(name: &str, src: &str) -> String {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("specialize");
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, src).unwrap();
    p.to_str().unwrap().to_string()
}

/// Runs `dis --adaptive` (plus `extra` options) on `src`; returns stdout and stderr.
fn adaptive(name: &str, src: &str, extra: &[&str]) -> (String, String) {
    let path = script(name, src);
    let mut args = vec!["dis", "--adaptive"];
    args.extend(extra);
    args.push(&path);
    let o = pyjit(&args);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    (
        String::from_utf8(o.stdout).unwrap(),
        String::from_utf8(o.stderr).unwrap(),
    )
}

/// The disassembly of function `func` within a `dis` listing.
fn function<'a>(listing: &'a str, func: &str) -> &'a str {
    let marker = format!("Disassembly of <code object {func} at");
    let start = listing
        .find(&marker)
        .unwrap_or_else(|| panic!("no {func} in:\n{listing}"));
    let rest = &listing[start + marker.len()..];
    let end = rest.find("Disassembly of").unwrap_or(rest.len());
    &rest[..end]
}

/// `s` with every `0x...` address taken out (code object reprs differ run to run).
fn without_addresses(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find("0x") {
        out.push_str(&rest[..i]);
        rest = rest[i + 2..].trim_start_matches(|c: char| c.is_ascii_hexdigit());
    }
    out.push_str(rest);
    out
}

/// The instruction names of a disassembly, in order.
fn ops(dis: &str) -> Vec<&str> {
    dis.lines()
        .filter_map(|l| {
            l.split_whitespace()
                .find(|w| w.chars().all(|c| c.is_ascii_uppercase() || c == '_') && w.len() > 2)
        })
        .collect()
}

/// The instruction whose line in the listing contains `needle`.
fn op_at<'a>(dis: &'a str, needle: &str) -> &'a str {
    let line = dis
        .lines()
        .find(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("no '{needle}' in:\n{dis}"));
    ops(line)[0]
}

/// One stats row: (executed, misses, chosen, deopts) of instruction `name`.
fn stat(stats: &str, name: &str) -> (u64, u64, u64, u64) {
    let row = stats
        .lines()
        .find(|l| l.split_whitespace().next() == Some(name))
        .unwrap_or_else(|| panic!("no {name} row in:\n{stats}"));
    let n: Vec<u64> = row
        .split_whitespace()
        .skip(1)
        .map(|x| x.parse().unwrap())
        .collect();
    // The failures column is blank in a specialized form's row.
    (n[0], n[1], n[2], n[3])
}

const KERNEL: &str = r#"
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm1(self):
        return abs(self.x) + abs(self.y)

SCALE = 3

def kernel(n):
    pts = []
    for i in range(n):
        pts.append(P(i, -i))
    data = [0] * n
    total = 0
    for p in pts:
        data[p.x] = p.norm1() * SCALE
        p.y = p.x
    for i in range(len(data)):
        if data[i] > 10:
            total += data[i]
    pairs = [(i, i * 2) for i in range(n)]
    for a, b in pairs:
        total += a - b
    return total

print(kernel(200))
print(kernel(200))
"#;

#[test]
fn a_hot_loop_gets_the_expected_specialized_forms() {
    let (out, _) = adaptive("kernel.py", KERNEL, &[]);
    assert!(out.starts_with("99494\n99494\n"), "{out}");
    let k = function(&out, "kernel");
    let expect = [
        ("(range + NULL)", "LOAD_GLOBAL_BUILTIN"),
        ("(P + NULL)", "LOAD_GLOBAL_MODULE"),
        ("(SCALE)", "LOAD_GLOBAL_MODULE"),
        ("(len + NULL)", "LOAD_GLOBAL_BUILTIN"),
        ("(NULL|self + append)", "LOAD_ATTR_METHOD_NO_DICT"),
        ("(NULL|self + norm1)", "LOAD_ATTR_METHOD_WITH_VALUES"),
        ("(x)", "LOAD_ATTR_INSTANCE_VALUE"),
        ("STORE_ATTR", "STORE_ATTR_INSTANCE_VALUE"),
        ("(>)", "COMPARE_OP_INT"),
        ("(+=)", "BINARY_OP_ADD_INT"),
        ("(-)", "BINARY_OP_SUBTRACT_INT"),
    ];
    for (needle, want) in expect {
        assert_eq!(op_at(k, needle), want, "at {needle} in:\n{k}");
    }
    let all = ops(k);
    for want in [
        "FOR_ITER_RANGE",
        "FOR_ITER_LIST",
        "CALL_LIST_APPEND",
        "CALL_LEN",
        "CALL_PY_EXACT_ARGS",
        "BINARY_SUBSCR_LIST_INT",
        "STORE_SUBSCR_LIST_INT",
        "UNPACK_SEQUENCE_TWO_TUPLE",
        "BINARY_OP_MULTIPLY_INT",
    ] {
        assert!(all.contains(&want), "no {want} in:\n{k}");
    }
    let init = function(&out, "__init__");
    assert_eq!(
        ops(init)
            .iter()
            .filter(|o| **o == "STORE_ATTR_INSTANCE_VALUE")
            .count(),
        2,
        "{init}"
    );
    let norm = function(&out, "norm1");
    assert_eq!(op_at(norm, "(abs + NULL)"), "LOAD_GLOBAL_BUILTIN", "{norm}");
    assert!(ops(norm).contains(&"CALL_BUILTIN_FAST"), "{norm}");
}

#[test]
fn without_specialization_every_instruction_stays_generic() {
    let (out, err) = adaptive("generic.py", KERNEL, &["--no-specialize", "--stats"]);
    let k = function(&out, "kernel");
    assert!(
        !ops(k)
            .iter()
            .any(|o| o.contains("_INT") || o.contains("_MODULE")),
        "{k}"
    );
    assert!(err.contains("failure: specialization turned off"), "{err}");
    // The plain listing (no run) equals the adaptive one of an unspecialized run.
    let path = script("generic.py", KERNEL);
    let plain = String::from_utf8(pyjit(&["dis", &path]).stdout).unwrap();
    assert_eq!(
        without_addresses(function(&plain, "kernel")),
        without_addresses(k)
    );
}

const FLIP: &str = r#"
def add(a, b):
    return a + b

def run(xs):
    out = None
    for x in xs:
        out = add(x, x)
    return out

print(run(list(range(500))))
print(run([str(i) for i in range(500)]))
"#;

#[test]
fn a_type_change_respecializes_after_misses() {
    let (out, err) = adaptive("flip.py", FLIP, &["--stats"]);
    assert!(out.starts_with("998\n499499\n"), "{out}");
    // The int form missed (at least the cooldown of 52 misses), was rewritten once, and the
    // instruction now holds the str form.
    let add = function(&out, "add");
    assert_eq!(op_at(add, "(+)"), "BINARY_OP_ADD_UNICODE", "{add}");
    let (_, misses, chosen, deopts) = stat(&err, "BINARY_OP_ADD_INT");
    assert!(misses >= 52, "{err}");
    assert_eq!((chosen, deopts), (1, 1), "{err}");
    let (runs, unicode_misses, _, _) = stat(&err, "BINARY_OP_ADD_UNICODE");
    assert!(runs >= 400 && unicode_misses == 0, "{err}");
}

const POLY: &str = r#"
def add(a, b):
    return a + b

t = 0.0
for i in range(3000):
    if (i // 200) % 2:
        t = add(t, 1)
    else:
        t = add(t, 0.5)
print(t)
"#;

#[test]
fn a_polymorphic_instruction_keeps_missing_and_being_rewritten() {
    let (out, err) = adaptive("poly.py", POLY, &["--stats"]);
    assert!(out.starts_with("2200.0\n"), "{out}");
    let (_, misses_int, _, deopts_int) = stat(&err, "BINARY_OP_ADD_FLOAT");
    assert!(misses_int > 0 && deopts_int > 0, "{err}");
    assert!(err.contains("failure: int and float mixed"), "{err}");
}

const MUTATE: &str = r#"
class A:
    def f(self):
        return 1

def call_all(objs):
    s = 0
    for o in objs:
        s += o.f()
    return s

objs = [A() for _ in range(300)]
print(call_all(objs))
A.f = lambda self: 2
print(call_all(objs))
objs[0].f = lambda: 100
print(call_all(objs))
"#;

#[test]
fn mutating_a_class_makes_its_cached_methods_miss() {
    let (out, err) = adaptive("mutate.py", MUTATE, &["--stats"]);
    assert!(out.starts_with("300\n600\n698\n"), "{out}");
    let (_, misses, _, _) = stat(&err, "LOAD_ATTR_METHOD_WITH_VALUES");
    assert!(misses >= 1, "{err}");
}

const GLOBALS: &str = r#"
K = 1
def f(n):
    global K
    s = 0
    for i in range(n):
        s += K + len("ab")
        if i == 100:
            K = 10
        if i == 200:
            globals()["len"] = lambda x: 7
    return s
print(f(300))
"#;

#[test]
fn rebinding_a_global_or_shadowing_a_builtin_is_seen() {
    let (out, err) = adaptive("globals.py", GLOBALS, &["--stats"]);
    // 101 * (1 + 2) + 100 * (10 + 2) + 99 * (10 + 7)
    assert!(out.starts_with("3186\n"), "{out}");
    let (_, misses, _, _) = stat(&err, "LOAD_GLOBAL_BUILTIN");
    assert!(misses >= 1, "{err}");
}

#[test]
fn back_edges_and_calls_make_loops_and_functions_hot() {
    let src = "def f(x):\n    return x\nfor i in range(50):\n    f(i)\n";
    let path = script("hot.py", src);
    // Without the JIT: an aborted recording makes the loop hot again later.
    let o = pyjit(&[
        "--stats",
        "--no-jit",
        "--knob",
        "hot_loop=10",
        "--knob",
        "hot_func=20",
        &path,
    ]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains(
            "hot loops: 1 (threshold 10 back-edges), hot functions: 1 (threshold 20 calls)"
        ),
        "{err}"
    );
}

#[test]
fn knobs_are_listed_and_checked() {
    let o = pyjit(&["--help-knobs"]);
    let out = String::from_utf8_lossy(&o.stdout);
    for k in [
        "hot_loop",
        "hot_func",
        "warmup",
        "cooldown",
        "max_backoff",
        "specialize",
    ] {
        assert!(out.contains(k), "{out}");
    }
    let o = pyjit(&["--knob", "nosuch=3", "-c", "pass"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("unknown tuning knob 'nosuch'"));
}
