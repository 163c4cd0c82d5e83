//! Calls: binding arguments to parameters (CPython's rules and messages), pushing Python
//! frames, and calling any callable from Rust (the runtime's call hook).

use pyjit_runtime::code::{CO_VARARGS, CO_VARKEYWORDS, CodeObject};
use pyjit_runtime::gc::{kind_of, payload_unchecked};
use pyjit_runtime::object::*;
use pyjit_runtime::rt::Frame;
use pyjit_runtime::{PyErr, PyResult, Runtime, Value, dict};

pub fn code_of(func: Value) -> &'static CodeObject {
    let f = payload_unchecked::<PyFunction>(func);
    payload_unchecked::<CodeObject>(f.code)
}

fn qualname(rt: &Runtime, func: Value) -> String {
    rt.str_of(payload_unchecked::<PyFunction>(func).qualname)
        .unwrap_or("?")
        .to_string()
}

fn name_list(names: &[String]) -> String {
    match names.len() {
        1 => format!("'{}'", names[0]),
        2 => format!("'{}' and '{}'", names[0], names[1]),
        _ => {
            let head: Vec<String> = names[..names.len() - 1]
                .iter()
                .map(|n| format!("'{n}'"))
                .collect();
            format!("{}, and '{}'", head.join(", "), names[names.len() - 1])
        }
    }
}

/// Binds `pos` and keyword arguments into `slots` (length `nlocalsplus`, all NULL on entry).
pub fn bind_args(
    rt: &mut Runtime,
    func: Value,
    pos: &[Value],
    kwnames: &[Value],
    kwvals: &[Value],
    slots: &mut [Value],
) -> PyResult<()> {
    let code = code_of(func);
    let f = payload_unchecked::<PyFunction>(func);
    let (defaults, kwdefaults) = (f.defaults, f.kwdefaults);
    let n = code.argcount as usize;
    let nkwonly = code.kwonlyargcount as usize;
    let has_varargs = code.flags & CO_VARARGS != 0;
    let has_varkw = code.flags & CO_VARKEYWORDS != 0;
    let varargs_at = n + nkwonly;
    let varkw_at = varargs_at + has_varargs as usize;
    for (i, &v) in pos.iter().take(n).enumerate() {
        slots[i] = v;
    }
    if has_varargs {
        let extra = if pos.len() > n {
            pos[n..].to_vec()
        } else {
            Vec::new()
        };
        slots[varargs_at] = rt.new_tuple(extra);
    } else if pos.len() > n {
        let ndef = if defaults.is_null() {
            0
        } else {
            payload_unchecked::<PyTuple>(defaults).0.len()
        };
        let q = qualname(rt, func);
        let takes = if ndef > 0 {
            format!("from {} to {} positional arguments", n - ndef, n)
        } else {
            format!("{n} positional argument{}", if n == 1 { "" } else { "s" })
        };
        let given_kwonly = kwnames
            .iter()
            .filter(|&&k| {
                code.localsplus_names[n..n + nkwonly]
                    .iter()
                    .any(|&p| rt.str_of(p) == rt.str_of(k))
            })
            .count();
        let given = if given_kwonly > 0 {
            format!(
                "{} positional argument{} (and {given_kwonly} keyword-only argument{})",
                pos.len(),
                if pos.len() == 1 { "" } else { "s" },
                if given_kwonly == 1 { "" } else { "s" }
            )
        } else {
            format!("{}", pos.len())
        };
        let verb = if pos.len() == 1 && given_kwonly == 0 {
            "was"
        } else {
            "were"
        };
        return Err(rt.type_error(format!("{q}() takes {takes} but {given} {verb} given")));
    }
    if has_varkw {
        slots[varkw_at] = rt.new_dict();
    }
    let posonly = code.posonlyargcount as usize;
    for (i, &k) in kwnames.iter().enumerate() {
        let name = rt.str_of(k).unwrap_or("");
        let idx = code.localsplus_names[posonly..n + nkwonly]
            .iter()
            .position(|&p| rt.str_of(p) == Some(name))
            .map(|j| j + posonly);
        match idx {
            Some(j) => {
                if !slots[j].is_null() {
                    let q = qualname(rt, func);
                    return Err(
                        rt.type_error(format!("{q}() got multiple values for argument '{name}'"))
                    );
                }
                slots[j] = kwvals[i];
            }
            None if has_varkw => {
                let d = slots[varkw_at];
                dict::set(rt, d, k, kwvals[i])?;
            }
            None => {
                let q = qualname(rt, func);
                let is_posonly = code.localsplus_names[..posonly]
                    .iter()
                    .any(|&p| rt.str_of(p) == Some(name));
                if is_posonly {
                    return Err(rt.type_error(format!(
                        "{q}() got some positional-only arguments passed as keyword arguments: '{name}'"
                    )));
                }
                return Err(
                    rt.type_error(format!("{q}() got an unexpected keyword argument '{name}'"))
                );
            }
        }
    }
    // Positional defaults.
    if pos.len() < n {
        let defs: &[Value] = if defaults.is_null() {
            &[]
        } else {
            &payload_unchecked::<PyTuple>(defaults).0
        };
        let first_default = n - defs.len();
        let mut missing = Vec::new();
        for i in pos.len()..n {
            if slots[i].is_null() {
                if i >= first_default {
                    slots[i] = defs[i - first_default];
                } else {
                    missing.push(
                        rt.str_of(code.localsplus_names[i])
                            .unwrap_or("?")
                            .to_string(),
                    );
                }
            }
        }
        if !missing.is_empty() {
            let q = qualname(rt, func);
            let s = if missing.len() == 1 { "" } else { "s" };
            return Err(rt.type_error(format!(
                "{q}() missing {} required positional argument{s}: {}",
                missing.len(),
                name_list(&missing)
            )));
        }
    }
    // Keyword-only defaults.
    let mut missing = Vec::new();
    for i in n..n + nkwonly {
        if slots[i].is_null() {
            let k = code.localsplus_names[i];
            let d = if kwdefaults.is_null() {
                None
            } else {
                dict::get(rt, kwdefaults, k)?
            };
            match d {
                Some(v) => slots[i] = v,
                None => missing.push(rt.str_of(k).unwrap_or("?").to_string()),
            }
        }
    }
    if !missing.is_empty() {
        let q = qualname(rt, func);
        let s = if missing.len() == 1 { "" } else { "s" };
        return Err(rt.type_error(format!(
            "{q}() missing {} required keyword-only argument{s}: {}",
            missing.len(),
            name_list(&missing)
        )));
    }
    Ok(())
}

/// Pushes a frame for Python function `func` whose arguments (`nargs` values, keyword values
/// last, named by `kwnames`) are at `stack[at..at + nargs]`. The frame's slots start at `at`.
/// Fast path: exact positional arguments are used in place.
pub fn push_frame(
    rt: &mut Runtime,
    func: Value,
    at: usize,
    nargs: usize,
    kwnames: &[Value],
    ret_at: usize,
    is_entry: bool,
) -> PyResult<()> {
    let code = code_of(func);
    if rt.frames.len() >= rt.recursion_limit {
        return Err(rt.new_error(rt.t.recursion_error, "maximum recursion depth exceeded"));
    }
    // The function-entry hot counter.
    let calls = code.calls.get().wrapping_add(1);
    code.calls.set(calls);
    if calls == crate::knobs::get(crate::knobs::Knob::hot_func) {
        crate::stats::hot_func();
    }
    let nlocals = code.nlocalsplus();
    rt.ensure_stack(at, nlocals + code.stacksize as usize + 8);
    let simple = kwnames.is_empty()
        && code.flags & (CO_VARARGS | CO_VARKEYWORDS) == 0
        && code.kwonlyargcount == 0;
    if simple && nargs == code.argcount as usize {
        for i in nargs..nlocals {
            rt.stack[at + i] = Value::NULL;
        }
    } else {
        let args: Vec<Value> = rt.stack[at..at + nargs].to_vec();
        let npos = nargs - kwnames.len();
        let mut slots = vec![Value::NULL; nlocals];
        // The arguments stay rooted in the caller's stack while binding allocates.
        bind_args(rt, func, &args[..npos], kwnames, &args[npos..], &mut slots)?;
        rt.stack[at..at + nlocals].copy_from_slice(&slots);
    }
    let f = payload_unchecked::<PyFunction>(func);
    let closure = f.closure;
    if !closure.is_null() {
        // COPY_FREE_VARS would do this; done here so frames entered from Rust get it too.
        let cells = &payload_unchecked::<PyTuple>(closure).0;
        let start = nlocals - cells.len();
        rt.stack[at + start..at + nlocals].copy_from_slice(cells);
    }
    rt.frames.push(Frame {
        is_entry,
        ret_at,
        sp: at + nlocals,
        ..Frame::new(func, f.code, f.globals, at)
    });
    rt.stack_top = at + nlocals;
    Ok(())
}

/// Calls generator function `func` (arguments as for `push_frame`): binds the arguments
/// into a new generator object; nothing runs until the first `next`.
pub fn make_generator(
    rt: &mut Runtime,
    func: Value,
    at: usize,
    nargs: usize,
    kwnames: &[Value],
) -> PyResult<Value> {
    let code = code_of(func);
    let nlocals = code.nlocalsplus();
    let mut slots = vec![Value::NULL; nlocals];
    let simple = kwnames.is_empty()
        && code.flags & (CO_VARARGS | CO_VARKEYWORDS) == 0
        && code.kwonlyargcount == 0;
    if simple && nargs == code.argcount as usize {
        slots[..nargs].copy_from_slice(&rt.stack[at..at + nargs]);
    } else {
        let args: Vec<Value> = rt.stack[at..at + nargs].to_vec();
        let npos = nargs - kwnames.len();
        bind_args(rt, func, &args[..npos], kwnames, &args[npos..], &mut slots)?;
    }
    let f = payload_unchecked::<PyFunction>(func);
    if !f.closure.is_null() {
        let cells = &payload_unchecked::<PyTuple>(f.closure).0;
        let start = nlocals - cells.len();
        slots[start..].copy_from_slice(cells);
    }
    Ok(rt.heap.alloc(PyGenerator {
        func,
        code: f.code,
        globals: f.globals,
        slots,
        pc: 0,
        state: GenState::Created,
        name: f.name,
        qualname: f.qualname,
        pending_return: Value::NULL,
    }))
}

/// Calls a non-Python callable (builtin function, bound builtin method, type).
pub fn call_native(
    rt: &mut Runtime,
    f: Value,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    match kind_of(f) {
        Some(Kind::Builtin) => {
            let b = payload_unchecked::<PyBuiltin>(f);
            let (func, bound) = (b.func, b.bound);
            if bound.is_null() {
                if !b.owner_type.is_null() {
                    // An unbound method (`str.upper(x)`, or `obj.method(...)` through
                    // LOAD_ATTR's method form): `self` must be an instance of the owner type,
                    // or of a class derived from it (then its builtin value stands in).
                    let args = pyjit_runtime::class::unwrap_self(args);
                    let ok = match args.first() {
                        Some(&s) => {
                            let t = rt.type_of(s);
                            t == b.owner_type || rt.is_subtype(t, b.owner_type)
                        }
                        None => false,
                    };
                    if !ok {
                        return Err(bad_self(rt, b.name, b.owner, args.first().copied()));
                    }
                    return (func)(rt, &args, kwnames);
                }
                (func)(rt, args, kwnames)
            } else {
                let bound = pyjit_runtime::class::base_value(bound);
                let mut a = Vec::with_capacity(args.len() + 1);
                a.push(bound);
                a.extend_from_slice(args);
                (func)(rt, &a, kwnames)
            }
        }
        Some(Kind::Type) if payload_unchecked::<PyType>(f).heap => {
            pyjit_runtime::class::call_type(rt, f, args, kwnames)
        }
        Some(Kind::Method) => {
            let m = payload_unchecked::<PyMethod>(f);
            let (func, slf) = (m.func, m.slf);
            let mut a = Vec::with_capacity(args.len() + 1);
            a.push(slf);
            a.extend_from_slice(args);
            call_object(rt, func, &a, kwnames)
        }
        Some(Kind::StaticMethod) => {
            let func = payload_unchecked::<PyStaticMethod>(f).0;
            call_object(rt, func, args, kwnames)
        }
        Some(Kind::Instance) => pyjit_runtime::dunder::call(rt, f, args, kwnames),
        Some(Kind::Type) => {
            if rt.is_subtype(f, rt.t.base_exception) {
                if !kwnames.is_empty() {
                    let n = payload_unchecked::<PyType>(f).name.clone();
                    return Err(rt.type_error(format!("{n}() takes no keyword arguments")));
                }
                return pyjit_runtime::builtins::t_exception(rt, f, args);
            }
            match payload_unchecked::<PyType>(f).new {
                Some(new) => new(rt, args, kwnames),
                None => {
                    let n = payload_unchecked::<PyType>(f).name.clone();
                    Err(rt.type_error(format!("cannot create '{n}' instances")))
                }
            }
        }
        _ => Err(not_callable(rt, f)),
    }
}

fn bad_self(rt: &mut Runtime, name: &str, owner: &str, s: Option<Value>) -> PyErr {
    let owner = owner.rsplit('.').next().unwrap_or(owner);
    match s {
        Some(s) => {
            let t = rt.type_name(s);
            rt.type_error(format!(
                "descriptor '{name}' for '{owner}' objects doesn't apply to a '{t}' object"
            ))
        }
        None => rt.type_error(format!("unbound method {owner}.{name}() needs an argument")),
    }
}

pub fn not_callable(rt: &mut Runtime, f: Value) -> PyErr {
    let t = rt.type_name(f);
    rt.type_error(format!("'{t}' object is not callable"))
}

/// The runtime's call hook: calls any callable from Rust code.
pub fn call_object(
    rt: &mut Runtime,
    f: Value,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    if kind_of(f) != Some(Kind::Function) {
        return call_native(rt, f, args, kwnames);
    }
    if code_of(f).flags & pyjit_runtime::code::CO_GENERATOR != 0 {
        let at = rt.stack_top;
        rt.ensure_stack(at, args.len() + 1);
        rt.stack[at..at + args.len()].copy_from_slice(args);
        rt.stack_top = at + args.len();
        let r = make_generator(rt, f, at, args.len(), kwnames);
        rt.stack_top = at;
        return r;
    }
    // Lay the arguments out above everything live and run a new entry frame.
    let at = rt.stack_top;
    rt.ensure_stack(at, args.len() + 1);
    rt.stack[at] = f;
    rt.stack[at + 1..at + 1 + args.len()].copy_from_slice(args);
    let saved_top = rt.stack_top;
    rt.stack_top = at + 1 + args.len();
    let r = push_frame(rt, f, at + 1, args.len(), kwnames, at, true);
    let r = match r {
        Ok(()) => crate::eval::run(rt),
        Err(e) => Err(e),
    };
    rt.stack_top = saved_top;
    r
}
