//! The `sys` module.

use pyjit_runtime::builtins::{arity, index_arg};
use pyjit_runtime::object::PyModule;
use pyjit_runtime::{PyResult, Runtime, Value, dict};

fn exit(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity(rt, "exit", args.len(), 0, 1)?;
    let a: Vec<Value> = args.to_vec();
    Err(rt.new_error_args(rt.t.system_exit, a))
}

fn intern(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity(rt, "intern", args.len(), 1, 1)?;
    let s = pyjit_runtime::ops::expect_str(rt, args[0], "intern() argument")?.to_string();
    Ok(rt.intern(&s))
}

/// An estimate of an object's size in bytes (pyjit's layout, not CPython's).
fn getsizeof(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity(rt, "getsizeof", args.len(), 1, 2)?;
    let v = args[0];
    let n = if v.is_ptr() {
        // SAFETY: `v` is a live heap object (it is an argument of this call).
        16 + unsafe {
            pyjit_runtime::object::object_bytes(v.ptr_bits() as *mut pyjit_runtime::gc::Header)
        }
    } else {
        8
    };
    Ok(Value::small_int(n as i64))
}

fn getrecursionlimit(rt: &mut Runtime, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::small_int(rt.recursion_limit as i64))
}

fn setrecursionlimit(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity(rt, "setrecursionlimit", args.len(), 1, 1)?;
    let n = index_arg(rt, args[0])?;
    if n < 1 {
        return Err(rt.value_error("recursion limit must be greater or equal than 1"));
    }
    rt.recursion_limit = n.min(1_000_000) as usize;
    Ok(Value::NONE)
}

/// `sys.version_info`: a tuple with named fields.
fn make_version_info(rt: &mut Runtime, items: Vec<Value>) -> Value {
    let ns = rt.new_dict();
    let m = rt.new_str("sys");
    let t = rt.t.tuple;
    let cls = pyjit_runtime::class::new_class(rt, "version_info", vec![t], ns, m)
        .expect("version_info class");
    rt.permanent.push(cls);
    let tup = rt.new_tuple(items.clone());
    let v = pyjit_runtime::class::builtin_new(rt, cls, &[tup], &[]).expect("version_info");
    rt.permanent.push(v);
    for (name, x) in ["major", "minor", "micro", "releaselevel", "serial"]
        .iter()
        .zip(items)
    {
        let k = rt.intern(name);
        let _ = pyjit_runtime::attr::generic_setattr(rt, v, k, Some(x));
    }
    v
}

/// An object of class `name` whose class attributes are `values`.
fn make_info(rt: &mut Runtime, name: &str, values: &[(&str, Value)]) -> Value {
    let ns = rt.new_dict();
    for &(k, v) in values {
        let key = rt.intern(k);
        dict::set(rt, ns, key, v).expect("str keys hash");
    }
    let m = rt.new_str("sys");
    let cls = pyjit_runtime::class::new_class(rt, name, vec![], ns, m).expect("info class");
    rt.permanent.push(cls);
    let v = rt.call(cls, &[]).unwrap_or(Value::NONE);
    rt.permanent.push(v);
    v
}

/// `sys.float_info`: an object with the float limits as attributes.
fn make_float_info(rt: &mut Runtime) -> Value {
    let ns = rt.new_dict();
    let vals: Vec<(&str, Value)> = vec![
        ("max", Value::float(f64::MAX)),
        ("min", Value::float(f64::MIN_POSITIVE)),
        ("epsilon", Value::float(f64::EPSILON)),
        ("dig", Value::small_int(15)),
        ("mant_dig", Value::small_int(53)),
        ("max_exp", Value::small_int(1024)),
        ("min_exp", Value::small_int(-1021)),
        ("max_10_exp", Value::small_int(308)),
        ("min_10_exp", Value::small_int(-307)),
        ("radix", Value::small_int(2)),
        ("rounds", Value::small_int(1)),
    ];
    for (k, v) in vals {
        let key = rt.intern(k);
        dict::set(rt, ns, key, v).expect("str keys hash");
    }
    let m = rt.new_str("sys");
    let cls =
        pyjit_runtime::class::new_class(rt, "float_info", vec![], ns, m).expect("float_info class");
    rt.permanent.push(cls);
    rt.call(cls, &[]).unwrap_or(Value::NONE)
}

pub fn install(rt: &mut Runtime, argv: Vec<String>) {
    let d = rt.new_dict();
    let name = rt.intern("sys");
    let m = rt.heap.alloc(PyModule { name, dict: d });
    rt.sys = m;
    let modules = rt.modules;
    dict::set(rt, modules, name, m).expect("str keys hash");
    let args: Vec<Value> = argv.iter().map(|a| rt.new_str(a)).collect();
    let argv_v = rt.new_list(args);
    let maxsize = rt.new_int(i64::MAX);
    let platform = rt.new_str("linux");
    let byteorder = rt.new_str("little");
    let version = rt.new_str("3.11.7 (pyjit)");
    let stdout = pyjit_runtime::io::open::std_stream(rt, 1);
    rt.permanent.push(stdout);
    let stderr = pyjit_runtime::io::open::std_stream(rt, 2);
    rt.permanent.push(stderr);
    let final_ = rt.new_str("final");
    let vi = vec![
        Value::small_int(3),
        Value::small_int(11),
        Value::small_int(7),
        final_,
        Value::small_int(0),
    ];
    let version_info = make_version_info(rt, vi);
    // sys.path[0]: the script's directory ('' for -c), where imports look first.
    let dir = match argv.first() {
        Some(a) if a != "-c" => {
            let p = std::path::Path::new(a);
            let parent = p.parent().map(|d| d.to_path_buf()).unwrap_or_default();
            let abs = std::fs::canonicalize(if parent.as_os_str().is_empty() {
                std::path::PathBuf::from(".")
            } else {
                parent
            });
            abs.map(|d| d.display().to_string()).unwrap_or_default()
        }
        _ => String::new(),
    };
    let dirv = rt.new_string(dir);
    let path = rt.new_list(vec![dirv]);
    let float_info = make_float_info(rt);
    let int_info = make_info(
        rt,
        "int_info",
        &[
            ("bits_per_digit", Value::small_int(30)),
            ("sizeof_digit", Value::small_int(4)),
            ("default_max_str_digits", Value::small_int(4300)),
            ("str_digits_check_threshold", Value::small_int(640)),
        ],
    );
    let flags = make_info(
        rt,
        "flags",
        &[
            ("optimize", Value::small_int(0)),
            ("debug", Value::small_int(0)),
            ("verbose", Value::small_int(0)),
            ("quiet", Value::small_int(0)),
            ("dont_write_bytecode", Value::small_int(0)),
        ],
    );
    let inf = rt.new_int(314159);
    let modulus = rt.new_int((1i64 << 61) - 1);
    let hash_info = make_info(
        rt,
        "hash_info",
        &[
            ("width", Value::small_int(64)),
            ("modulus", modulus),
            ("inf", inf),
            ("nan", Value::small_int(0)),
            ("imag", Value::small_int(1000003)),
        ],
    );
    let stdin = pyjit_runtime::io::open::std_stream(rt, 0);
    rt.permanent.push(stdin);
    let entries: Vec<(&str, Value)> = vec![
        ("stdin", stdin),
        ("__stdin__", stdin),
        ("path", path),
        ("float_info", float_info),
        ("int_info", int_info),
        ("flags", flags),
        ("hash_info", hash_info),
        ("argv", argv_v),
        ("modules", rt.modules),
        ("maxsize", maxsize),
        ("platform", platform),
        ("byteorder", byteorder),
        ("version", version),
        ("version_info", version_info),
        ("stdout", stdout),
        ("stderr", stderr),
        ("__stdout__", stdout),
        ("__stderr__", stderr),
    ];
    for (k, v) in entries {
        let key = rt.intern(k);
        dict::set(rt, d, key, v).expect("str keys hash");
    }
    for (k, f) in [
        ("intern", intern as pyjit_runtime::object::BuiltinFn),
        ("getsizeof", getsizeof),
        ("exit", exit as pyjit_runtime::object::BuiltinFn),
        ("getrecursionlimit", getrecursionlimit),
        ("setrecursionlimit", setrecursionlimit),
    ] {
        let key = rt.intern(k);
        let v = rt.new_builtin(k, f);
        dict::set(rt, d, key, v).expect("str keys hash");
    }
}
