//! Built-in modules written in Rust, and the module registry `import` consults.

pub mod heapq;
pub mod math;
pub mod os;
pub mod random;
pub mod time;

use crate::object::{BuiltinFn, PyModule};
use crate::value::Value;
use crate::{PyResult, Runtime, dict};

/// Makes a built-in module.
type ModuleInit = fn(&mut Runtime) -> Value;

/// Modules created on first import, by name.
const BUILTIN_MODULES: &[(&str, ModuleInit)] = &[
    ("_heapq", heapq::create),
    ("_collections", create_collections),
    ("math", math::create),
    ("os", os::create),
    ("random", random::create),
    ("time", time::create),
];

/// Builds a module object from functions and constant values.
pub fn make_module(
    rt: &mut Runtime,
    name: &str,
    funcs: &[(&'static str, BuiltinFn)],
    values: &[(&str, Value)],
) -> Value {
    let d = rt.new_dict();
    let n = rt.intern(name);
    let m = rt.heap.alloc(PyModule { name: n, dict: d });
    let key = rt.intern("__name__");
    dict::set(rt, d, key, n).expect("str keys hash");
    for &(fname, f) in funcs {
        let k = rt.intern(fname);
        let v = rt.new_builtin(fname, f);
        dict::set(rt, d, k, v).expect("str keys hash");
    }
    for &(vname, v) in values {
        let k = rt.intern(vname);
        dict::set(rt, d, k, v).expect("str keys hash");
    }
    m
}

/// `import name`: the cached module, a built-in one made now, or ModuleNotFoundError.
fn create_collections(rt: &mut Runtime) -> Value {
    let d = rt.t.deque;
    make_module(rt, "_collections", &[], &[("deque", d)])
}

/// Is `name` a module written in Rust?
pub fn is_builtin(name: &str) -> bool {
    BUILTIN_MODULES.iter().any(|(n, _)| *n == name)
}

pub fn import(rt: &mut Runtime, name: Value) -> PyResult<Value> {
    if let Some(m) = dict::get(rt, rt.modules, name)? {
        return Ok(m);
    }
    let n = rt.str_of(name).unwrap_or("").to_string();
    match BUILTIN_MODULES.iter().find(|(mn, _)| *mn == n) {
        Some((_, create)) => {
            let m = create(rt);
            let modules = rt.modules;
            dict::set(rt, modules, name, m)?;
            Ok(m)
        }
        None => Err(rt.new_error(
            rt.t.module_not_found_error,
            format!("No module named '{n}'"),
        )),
    }
}
