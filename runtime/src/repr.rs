//! `repr()` and `str()` of every builtin value, exactly as CPython prints them.

use crate::fmt::numfmt::float_repr;
use crate::gc::{header, kind_of, payload, payload_unchecked};
use crate::object::*;
use crate::value::Value;
use crate::{PyResult, Runtime, dict, int, strings};

/// CPython 3.11 refuses to convert ints with more digits than this to decimal text.
pub const INT_MAX_STR_DIGITS: usize = 4300;

pub fn repr(rt: &mut Runtime, v: Value) -> PyResult<String> {
    let mut out = String::new();
    let mut seen = Vec::new();
    repr_into(rt, v, &mut out, &mut seen)?;
    Ok(out)
}

/// `str(v)`.
pub fn to_str(rt: &mut Runtime, v: Value) -> PyResult<String> {
    if v.is_ptr() {
        match header(v).kind {
            Kind::Str => return Ok(payload_unchecked::<PyStr>(v).s().to_string()),
            Kind::Exception => {
                if let Some(f) = crate::attr::user_method(rt, v, "__str__")? {
                    return str_result(rt, f, v, "__str__");
                }
                return exception_str(rt, v);
            }
            Kind::Instance => {
                if let Some(f) = crate::attr::user_method(rt, v, "__str__")? {
                    return str_result(rt, f, v, "__str__");
                }
                let b = crate::class::base_value(v);
                // str's own __str__ gives the string; other builtin bases print their repr.
                if kind_of(b) == Some(Kind::Str) {
                    return to_str(rt, b);
                }
                if crate::attr::user_method(rt, v, "__repr__")?.is_none()
                    && b != v
                    && !matches!(kind_of(b), Some(Kind::Set))
                {
                    return to_str(rt, b);
                }
            }
            _ => {}
        }
    }
    repr(rt, v)
}

/// Calls a user `__str__`/`__repr__` and checks it returned a str.
fn str_result(rt: &mut Runtime, f: Value, v: Value, what: &str) -> PyResult<String> {
    let r = crate::attr::call_method(rt, f, v, &[])?;
    match rt.str_of(r) {
        Some(s) => Ok(s.to_string()),
        None => {
            let t = rt.type_name(r);
            Err(rt.type_error(format!("{what} returned non-string (type {t})")))
        }
    }
}

/// `object.__repr__`: `<module.Class object at 0x...>`.
pub fn default_repr(rt: &mut Runtime, v: Value) -> String {
    let ty = rt.type_of(v);
    let name = type_display_name(rt, ty);
    format!("<{name} object at {}>", addr(v))
}

/// `module.Qualname` of a class, or the plain name of a builtin type.
pub fn type_display_name(rt: &mut Runtime, ty: Value) -> String {
    let p = payload_unchecked::<PyType>(ty);
    if !p.heap {
        return p.name.clone();
    }
    let q = p.qualname.clone();
    match crate::attr::type_module(rt, ty) {
        Some(m) if m != "builtins" => format!("{m}.{q}"),
        _ => q,
    }
}

pub fn int_to_decimal(rt: &mut Runtime, v: Value) -> PyResult<String> {
    if let Some(i) = v.as_int_like()
        && !v.is_bool()
    {
        return Ok(i.to_string());
    }
    let big = int::to_big(v);
    // Cheap digit estimate first: bits * log10(2).
    if big.bits() as f64 * std::f64::consts::LOG10_2 > (INT_MAX_STR_DIGITS + 1) as f64 {
        return Err(rt.value_error(format!(
            "Exceeds the limit ({INT_MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
        )));
    }
    let s = big.to_string();
    let digits = s.trim_start_matches('-').len();
    if digits > INT_MAX_STR_DIGITS {
        return Err(rt.value_error(format!(
            "Exceeds the limit ({INT_MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
        )));
    }
    Ok(s)
}

/// The message part of an exception: `str(exc)`.
pub fn exception_str(rt: &mut Runtime, v: Value) -> PyResult<String> {
    let e = payload_unchecked::<PyException>(v);
    let (ty, args) = (e.ty, e.args);
    if !e.dict.is_null() && rt.is_subtype(ty, rt.t.os_error) {
        let d = e.dict;
        let (ke, ks, kf) = (
            rt.intern("errno"),
            rt.intern("strerror"),
            rt.intern("filename"),
        );
        if let (Some(en), Some(se)) = (dict::get(rt, d, ke)?, dict::get(rt, d, ks)?) {
            let en = to_str(rt, en)?;
            let se = to_str(rt, se)?;
            return Ok(match dict::get(rt, d, kf)? {
                Some(f) if !f.is_none() => format!("[Errno {en}] {se}: {}", repr(rt, f)?),
                _ => format!("[Errno {en}] {se}"),
            });
        }
    }
    let items = payload_unchecked::<PyTuple>(args).0.clone();
    match items.len() {
        0 => Ok(String::new()),
        1 if rt.is_subtype(ty, rt.t.key_error) => repr(rt, items[0]),
        1 => to_str(rt, items[0]),
        _ => repr(rt, args),
    }
}

fn addr(v: Value) -> String {
    format!("0x{:012x}", v.ptr_bits())
}

fn repr_into(rt: &mut Runtime, v: Value, out: &mut String, seen: &mut Vec<Value>) -> PyResult<()> {
    if v.is_float() {
        out.push_str(&float_repr(v.as_float()));
        return Ok(());
    }
    if v.is_small_int() {
        out.push_str(&v.as_small_int().to_string());
        return Ok(());
    }
    if v.is_bool() {
        out.push_str(if v.as_bool() { "True" } else { "False" });
        return Ok(());
    }
    if !v.is_ptr() {
        out.push_str(match v {
            Value::NONE => "None",
            Value::NOT_IMPLEMENTED => "NotImplemented",
            Value::ELLIPSIS => "Ellipsis",
            _ => "<NULL>",
        });
        return Ok(());
    }
    let kind = header(v).kind;
    let container = matches!(
        kind,
        Kind::List | Kind::Tuple | Kind::Dict | Kind::Set | Kind::DictView | Kind::Deque
    );
    if container {
        if seen.contains(&v) {
            out.push_str(match kind {
                Kind::List | Kind::Deque => "[...]",
                Kind::Dict => "{...}",
                _ => "(...)",
            });
            return Ok(());
        }
        rt.enter_recursion(" while getting the repr of an object")?;
        seen.push(v);
    }
    let r = repr_obj(rt, v, kind, out, seen);
    if container {
        seen.pop();
        rt.leave_recursion();
    }
    r
}

fn repr_items(
    rt: &mut Runtime,
    items: &[Value],
    out: &mut String,
    seen: &mut Vec<Value>,
) -> PyResult<()> {
    for (i, &x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        repr_into(rt, x, out, seen)?;
    }
    Ok(())
}

fn repr_obj(
    rt: &mut Runtime,
    v: Value,
    kind: Kind,
    out: &mut String,
    seen: &mut Vec<Value>,
) -> PyResult<()> {
    match kind {
        Kind::Str => out.push_str(&strings::repr(payload_unchecked::<PyStr>(v).s())),
        Kind::Int => out.push_str(&int_to_decimal(rt, v)?),
        Kind::List => {
            let items = payload_unchecked::<PyList>(v).0.clone();
            out.push('[');
            repr_items(rt, &items, out, seen)?;
            out.push(']');
        }
        Kind::Tuple => {
            let items = payload_unchecked::<PyTuple>(v).0.clone();
            out.push('(');
            repr_items(rt, &items, out, seen)?;
            if items.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
        Kind::Dict => {
            let entries = dict::entries(v);
            out.push('{');
            for (i, (k, x)) in entries.into_iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                repr_into(rt, k, out, seen)?;
                out.push_str(": ");
                repr_into(rt, x, out, seen)?;
            }
            out.push('}');
        }
        Kind::Set => {
            let frozen = header(v).flags & FROZEN != 0;
            let items: Vec<Value> = payload_unchecked::<PySet>(v).0.iter().collect();
            if items.is_empty() {
                out.push_str(if frozen { "frozenset()" } else { "set()" });
                return Ok(());
            }
            if frozen {
                out.push_str("frozenset(");
            }
            out.push('{');
            repr_items(rt, &items, out, seen)?;
            out.push('}');
            if frozen {
                out.push(')');
            }
        }
        Kind::DictView => {
            let dv = payload_unchecked::<PyDictView>(v);
            let name = match dv.mode {
                ViewMode::Keys => "dict_keys",
                ViewMode::Values => "dict_values",
                ViewMode::Items => "dict_items",
            };
            let items = crate::seq::to_vec(rt, v)?;
            out.push_str(name);
            out.push_str("([");
            repr_items(rt, &items, out, seen)?;
            out.push_str("])");
        }
        Kind::Range => {
            let r = payload_unchecked::<PyRange>(v);
            if r.step == 1 {
                out.push_str(&format!("range({}, {})", r.start, r.stop));
            } else {
                out.push_str(&format!("range({}, {}, {})", r.start, r.stop, r.step));
            }
        }
        Kind::Slice => {
            let s = payload_unchecked::<PySlice>(v);
            let parts = [s.start, s.stop, s.step];
            out.push_str("slice(");
            repr_items(rt, &parts, out, seen)?;
            out.push(')');
        }
        Kind::Function => {
            let q = payload_unchecked::<PyFunction>(v).qualname;
            out.push_str(&format!(
                "<function {} at {}>",
                rt.str_of(q).unwrap_or("?"),
                addr(v)
            ));
        }
        Kind::Builtin => {
            let b = payload_unchecked::<PyBuiltin>(v);
            if b.bound.is_null() && !b.owner.is_empty() {
                out.push_str(&format!("<method '{}' of '{}' objects>", b.name, b.owner));
            } else if b.bound.is_null() {
                out.push_str(&format!("<built-in function {}>", b.name));
            } else {
                let (name, bound) = (b.name, b.bound);
                let t = rt.type_name(bound);
                out.push_str(&format!(
                    "<built-in method {name} of {t} object at {}>",
                    addr(bound)
                ));
            }
        }
        Kind::Type => {
            let name = type_display_name(rt, v);
            out.push_str(&format!("<class '{name}'>"));
        }
        Kind::Instance => {
            if let Some(f) = crate::attr::user_method(rt, v, "__repr__")? {
                rt.enter_recursion(" while getting the repr of an object")?;
                let r = str_result(rt, f, v, "__repr__");
                rt.leave_recursion();
                out.push_str(&r?);
                return Ok(());
            }
            let b = crate::class::base_value(v);
            if b != v {
                // Subclasses of set and frozenset show their class name, as CPython's do.
                if kind_of(b) == Some(Kind::Set) {
                    let name = payload_unchecked::<PyType>(rt.type_of(v)).name.clone();
                    if payload_unchecked::<PySet>(b).0.is_empty() {
                        out.push_str(&format!("{name}()"));
                        return Ok(());
                    }
                    out.push_str(&name);
                    out.push('(');
                    let items: Vec<Value> = payload_unchecked::<PySet>(b).0.iter().collect();
                    out.push('{');
                    repr_items(rt, &items, out, seen)?;
                    out.push_str("})");
                    return Ok(());
                }
                return repr_into(rt, b, out, seen);
            }
            let s = default_repr(rt, v);
            out.push_str(&s);
        }
        Kind::Method => {
            let m = payload_unchecked::<PyMethod>(v);
            let (f, slf) = (m.func, m.slf);
            let q = match payload::<PyFunction>(f) {
                Some(func) => rt.str_of(func.qualname).unwrap_or("?").to_string(),
                None => "?".to_string(),
            };
            out.push_str(&format!("<bound method {q} of "));
            repr_into(rt, slf, out, seen)?;
            out.push('>');
        }
        Kind::File => out.push_str(&crate::io::methods::repr(rt, v)?),
        Kind::ClassMethod | Kind::StaticMethod | Kind::Property | Kind::Super => {
            let t = rt.type_name(v);
            out.push_str(&format!("<{t} object at {}>", addr(v)));
        }
        Kind::Generator => {
            let q = payload_unchecked::<PyGenerator>(v).qualname;
            out.push_str(&format!(
                "<generator object {} at {}>",
                rt.str_of(q).unwrap_or("?"),
                addr(v)
            ));
        }
        Kind::Exception => {
            if let Some(f) = crate::attr::user_method(rt, v, "__repr__")? {
                out.push_str(&str_result(rt, f, v, "__repr__")?);
                return Ok(());
            }
            let e = payload_unchecked::<PyException>(v);
            let (ty, args) = (e.ty, e.args);
            let name = payload_unchecked::<PyType>(ty).name.clone();
            out.push_str(&name);
            let items = payload_unchecked::<PyTuple>(args).0.clone();
            if items.len() == 1 {
                out.push('(');
                repr_into(rt, items[0], out, seen)?;
                out.push(')');
            } else {
                repr_into(rt, args, out, seen)?;
            }
        }
        Kind::Module => {
            let (n, d) = (
                payload_unchecked::<PyModule>(v).name,
                payload_unchecked::<PyModule>(v).dict,
            );
            let k = rt.intern("__file__");
            let file = dict::get(rt, d, k)?.and_then(|f| rt.str_of(f));
            let name = rt.str_of(n).unwrap_or("?");
            match file {
                Some(f) => out.push_str(&format!("<module '{name}' from '{f}'>")),
                None => out.push_str(&format!("<module '{name}' (built-in)>")),
            }
        }
        Kind::Code => {
            let c = payload_unchecked::<crate::code::CodeObject>(v);
            let (n, f, l) = (c.name, c.filename, c.firstlineno);
            out.push_str(&format!(
                "<code object {} at {}, file \"{}\", line {l}>",
                rt.str_of(n).unwrap_or("?"),
                addr(v),
                rt.str_of(f).unwrap_or("?")
            ));
        }
        Kind::Deque => {
            let (items, maxlen) = crate::deque::repr_parts(v);
            out.push_str("deque([");
            repr_items(rt, &items, out, seen)?;
            out.push(']');
            if let Some(m) = maxlen {
                out.push_str(&format!(", maxlen={m}"));
            }
            out.push(')');
        }
        Kind::Bytes => {
            let mutable = header(v).flags & MUTABLE_BYTES != 0;
            let s = crate::bytes::repr(&payload_unchecked::<PyBytes>(v).0, mutable);
            out.push_str(&s);
        }
        Kind::Cell | Kind::Iter => {
            let t = rt.type_name(v);
            out.push_str(&format!("<{t} object at {}>", addr(v)));
        }
    }
    Ok(())
}
