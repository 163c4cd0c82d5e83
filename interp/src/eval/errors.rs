//! Exceptions as the interpreter raises them: tracebacks and implicit chaining, `except`
//! matching, `raise` operands, and the messages of errors the loop itself reports (unbound
//! names, bad `*`/`**` arguments, failed imports).

use pyjit_runtime::code::{CO_FAST_FREE, CodeObject};
use pyjit_runtime::gc::{kind_of, payload, payload_unchecked};
use pyjit_runtime::object::*;
use pyjit_runtime::{PyErr, PyResult, Runtime, Value, attr, dict, repr};

pub(super) fn add_traceback(rt: &mut Runtime, e: PyErr, code: &CodeObject, pc: usize) {
    let line = code
        .lines
        .get(pc.saturating_sub(1))
        .copied()
        .unwrap_or(code.firstlineno);
    let cv = rt.frames.last().map_or(Value::NULL, |f| f.code);
    if let Some(ex) = payload::<PyException>(e.0) {
        ex.traceback.push((cv, line));
    }
}

/// Sets `__context__` of a new exception to the one being handled (CPython's implicit
/// chaining), avoiding cycles.
pub(super) fn chain_context(rt: &mut Runtime, e: PyErr) {
    let ctx = rt.exc_info;
    if ctx.is_null() || ctx.is_none() || ctx == e.0 {
        return;
    }
    let Some(ex) = payload::<PyException>(e.0) else {
        return;
    };
    if !ex.context.is_null() {
        return;
    }
    // Break a cycle: if `e` is already in ctx's context chain, cut it there.
    let mut c = ctx;
    let mut steps = 0;
    while let Some(cx) = payload::<PyException>(c) {
        if cx.context == e.0 {
            cx.context = Value::NULL;
            break;
        }
        c = cx.context;
        steps += 1;
        if c.is_null() || steps > 1000 {
            break;
        }
    }
    ex.context = ctx;
}

pub(super) fn exception_matches(rt: &mut Runtime, exc: Value, ty: Value) -> PyResult<bool> {
    match kind_of(ty) {
        Some(Kind::Type) if rt.is_subtype(ty, rt.t.base_exception) => Ok(rt.isinstance(exc, ty)),
        Some(Kind::Tuple) => {
            let items = payload_unchecked::<PyTuple>(ty).0.to_vec();
            for t in items {
                if exception_matches(rt, exc, t)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(
            rt.type_error("catching classes that do not inherit from BaseException is not allowed")
        ),
    }
}

pub(super) fn unbound_local(rt: &mut Runtime, code: &CodeObject, i: u32) -> PyErr {
    let n = rt
        .str_of(code.localsplus_names[i as usize])
        .unwrap_or("?")
        .to_string();
    rt.new_error(
        rt.t.unbound_local_error,
        format!("cannot access local variable '{n}' where it is not associated with a value"),
    )
}

pub(super) fn unbound_deref(rt: &mut Runtime, code: &CodeObject, i: u32) -> PyErr {
    let n = rt
        .str_of(code.localsplus_names[i as usize])
        .unwrap_or("?")
        .to_string();
    if code.localsplus_kinds[i as usize] & CO_FAST_FREE != 0 {
        rt.new_error(
            rt.t.name_error,
            format!("cannot access free variable '{n}' where it is not associated with a value in enclosing scope"),
        )
    } else {
        rt.new_error(
            rt.t.unbound_local_error,
            format!("cannot access local variable '{n}' where it is not associated with a value"),
        )
    }
}

pub(super) fn name_error(rt: &mut Runtime, name: Value, globals: Value) -> PyErr {
    let n = rt.str_of(name).unwrap_or("?").to_string();
    let e = rt.new_error(rt.t.name_error, format!("name '{n}' is not defined"));
    rt.with_lookup(e, name, globals)
}

pub(super) fn extend_error(rt: &mut Runtime, e: PyErr, it: Value) -> PyErr {
    if rt.err_matches(&e, rt.t.type_error) && kind_of(it) != Some(Kind::Iter) {
        let t = rt.type_name(it);
        return rt.type_error(format!("Value after * must be an iterable, not {t}"));
    }
    e
}

pub(super) fn dict_merge(rt: &mut Runtime, d: Value, other: Value, func: Value) -> PyResult<()> {
    let mut other = other;
    if kind_of(other) == Some(Kind::Instance) {
        // A mapping (`keys()` and `[]`), or a dict subclass.
        let k = rt.intern("keys");
        if attr::getattr_opt(rt, other, k)?.is_some() {
            let tmp = rt.new_dict();
            rt.temp_roots.push(tmp);
            let r = dict::update_from(rt, tmp, other);
            rt.temp_roots.pop();
            r?;
            other = tmp;
        }
    }
    if kind_of(other) != Some(Kind::Dict) {
        let t = rt.type_name(other);
        let fname = func_name(rt, func);
        return Err(rt.type_error(format!(
            "{fname} argument after ** must be a mapping, not {t}"
        )));
    }
    for (k, v) in dict::entries(other) {
        if dict::get(rt, d, k)?.is_some() {
            let fname = func_name(rt, func);
            let ks = repr::to_str(rt, k)?;
            return Err(rt.type_error(format!(
                "{fname} got multiple values for keyword argument '{ks}'"
            )));
        }
        dict::set(rt, d, k, v)?;
    }
    Ok(())
}

pub(super) fn func_name(rt: &mut Runtime, f: Value) -> String {
    match kind_of(f) {
        Some(Kind::Function) => {
            // CPython's _PyObject_FunctionStr: the module-qualified name.
            let func = payload_unchecked::<PyFunction>(f);
            let (q, g) = (func.qualname, func.globals);
            let key = rt.intern("__name__");
            let module = dict::get(rt, g, key)
                .ok()
                .flatten()
                .and_then(|m| rt.str_of(m))
                .unwrap_or("?")
                .to_string();
            let q = rt.str_of(q).unwrap_or("?");
            if module == "builtins" {
                format!("{q}()")
            } else {
                format!("{module}.{q}()")
            }
        }
        Some(Kind::Builtin) => format!("{}()", payload_unchecked::<PyBuiltin>(f).name),
        Some(Kind::Type) => format!("{}()", payload_unchecked::<PyType>(f).name),
        _ => {
            let t = rt.type_name(f);
            format!("{t} object")
        }
    }
}

pub(super) fn make_exception(rt: &mut Runtime, exc: Value) -> PyResult<PyErr> {
    if kind_of(exc) == Some(Kind::Exception) {
        return Ok(PyErr(exc));
    }
    if kind_of(exc) == Some(Kind::Type) && rt.is_subtype(exc, rt.t.base_exception) {
        // `raise Cls` instantiates the class (running a user `__init__`).
        let e = rt.call(exc, &[])?;
        if kind_of(e) != Some(Kind::Exception) {
            let t = rt.type_name(e);
            let r = pyjit_runtime::repr::repr(rt, exc)?;
            return Err(rt.type_error(format!(
                "calling {r} should have returned an instance of BaseException, not {t}"
            )));
        }
        return Ok(PyErr(e));
    }
    Err(rt.type_error("exceptions must derive from BaseException"))
}

pub(super) fn module_file(rt: &mut Runtime, m: Value) -> String {
    let Some(p) = payload::<PyModule>(m) else {
        return "unknown location".into();
    };
    let d = p.dict;
    let k = rt.intern("__file__");
    match dict::get(rt, d, k)
        .ok()
        .flatten()
        .and_then(|f| rt.str_of(f))
    {
        Some(f) if !f.starts_with('<') => std::fs::canonicalize(f)
            .map(|p| p.display().to_string())
            .unwrap_or_else(|_| f.to_string()),
        _ => "unknown location".into(),
    }
}

pub(super) fn module_name(rt: &Runtime, m: Value) -> String {
    match payload::<PyModule>(m) {
        Some(p) => rt.str_of(p.name).unwrap_or("?").to_string(),
        None => "?".to_string(),
    }
}
