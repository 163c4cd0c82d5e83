//! Attribute access on builtin values: methods come from the type's dict (walking bases),
//! module attributes from the module dict. `load_method` avoids allocating a bound method.

use crate::gc::{kind_of, payload_unchecked};
use crate::object::*;
use crate::value::Value;
use crate::{PyResult, Runtime, dict};

/// Looks `name` up in `ty` and its bases.
pub fn type_lookup(rt: &mut Runtime, mut ty: Value, name: Value) -> PyResult<Option<Value>> {
    while !ty.is_null() {
        let t = payload_unchecked::<PyType>(ty);
        let (d, base) = (t.dict, t.base);
        if let Some(v) = dict::get(rt, d, name)? {
            return Ok(Some(v));
        }
        ty = base;
    }
    Ok(None)
}

fn no_attr(rt: &mut Runtime, obj: Value, name: Value) -> crate::PyErr {
    let e = no_attr_message(rt, obj, name);
    rt.with_lookup(e, name, obj)
}

fn no_attr_message(rt: &mut Runtime, obj: Value, name: Value) -> crate::PyErr {
    let n = rt.str_of(name).unwrap_or("?").to_string();
    if kind_of(obj) == Some(Kind::Module) {
        let m = payload_unchecked::<PyModule>(obj).name;
        let mn = rt.str_of(m).unwrap_or("?").to_string();
        return rt.attribute_error(format!("module '{mn}' has no attribute '{n}'"));
    }
    if kind_of(obj) == Some(Kind::Type) {
        let tn = payload_unchecked::<PyType>(obj).name.clone();
        return rt.attribute_error(format!("type object '{tn}' has no attribute '{n}'"));
    }
    let t = rt.type_name(obj);
    rt.attribute_error(format!("'{t}' object has no attribute '{n}'"))
}

/// Special attributes every value answers.
fn special_attr(rt: &mut Runtime, obj: Value, name: &str) -> PyResult<Option<Value>> {
    Ok(match (kind_of(obj), name) {
        (_, "__class__") => Some(rt.type_of(obj)),
        (Some(Kind::Type), "__name__") => {
            let n = payload_unchecked::<PyType>(obj).name.clone();
            Some(rt.new_string(n))
        }
        (Some(Kind::Function), "__name__") => Some(payload_unchecked::<PyFunction>(obj).name),
        (Some(Kind::Function), "__qualname__") => {
            Some(payload_unchecked::<PyFunction>(obj).qualname)
        }
        (Some(Kind::Builtin), "__name__") => {
            let n = payload_unchecked::<PyBuiltin>(obj).name;
            Some(rt.new_str(n))
        }
        (Some(Kind::Exception), "args") => Some(payload_unchecked::<PyException>(obj).args),
        (Some(Kind::Range), "start" | "stop" | "step") => {
            let r = payload_unchecked::<PyRange>(obj);
            let v = match name {
                "start" => r.start,
                "stop" => r.stop,
                _ => r.step,
            };
            Some(rt.new_int128(v))
        }
        (Some(Kind::Slice), "start") => Some(payload_unchecked::<PySlice>(obj).start),
        (Some(Kind::Slice), "stop") => Some(payload_unchecked::<PySlice>(obj).stop),
        (Some(Kind::Slice), "step") => Some(payload_unchecked::<PySlice>(obj).step),
        _ => None,
    })
}

/// `obj.name`.
pub fn getattr(rt: &mut Runtime, obj: Value, name: Value) -> PyResult<Value> {
    let (m, slf) = load_method(rt, obj, name)?;
    if slf.is_null() {
        return Ok(m);
    }
    let b = payload_unchecked::<PyBuiltin>(m);
    let (n, f, owner) = (b.name, b.func, b.owner);
    Ok(rt.heap.alloc(PyBuiltin {
        name: n,
        func: f,
        bound: slf,
        owner,
    }))
}

/// `obj.name` for a call: `(method, self)` when `name` is a method of obj's type (no bound
/// object is made), else `(attribute, NULL)`.
pub fn load_method(rt: &mut Runtime, obj: Value, name: Value) -> PyResult<(Value, Value)> {
    if kind_of(obj) == Some(Kind::Module) {
        let d = payload_unchecked::<PyModule>(obj).dict;
        return match dict::get(rt, d, name)? {
            Some(v) => Ok((v, Value::NULL)),
            None => Err(no_attr(rt, obj, name)),
        };
    }
    let n = rt.str_of(name).unwrap_or("");
    if let Some(v) = special_attr(rt, obj, n)? {
        return Ok((v, Value::NULL));
    }
    if kind_of(obj) == Some(Kind::Type) {
        // Unbound method access: `str.join`.
        if let Some(v) = type_lookup(rt, obj, name)? {
            return Ok((v, Value::NULL));
        }
        return Err(no_attr(rt, obj, name));
    }
    let ty = rt.type_of(obj);
    match type_lookup(rt, ty, name)? {
        // Methods bind `self`; static methods (registered without an owner type) do not.
        Some(m)
            if kind_of(m) == Some(Kind::Builtin)
                && !payload_unchecked::<PyBuiltin>(m).owner.is_empty() =>
        {
            Ok((m, obj))
        }
        Some(v) => Ok((v, Value::NULL)),
        None => Err(no_attr(rt, obj, name)),
    }
}

/// `obj.name = value`.
pub fn setattr(rt: &mut Runtime, obj: Value, name: Value, value: Value) -> PyResult<()> {
    if kind_of(obj) == Some(Kind::Module) {
        let d = payload_unchecked::<PyModule>(obj).dict;
        return dict::set(rt, d, name, value);
    }
    let ty = rt.type_of(obj);
    let n = rt.str_of(name).unwrap_or("?").to_string();
    let t = rt.type_name(obj);
    if type_lookup(rt, ty, name)?.is_some() {
        return Err(rt.attribute_error(format!("'{t}' object attribute '{n}' is read-only")));
    }
    Err(rt.attribute_error(format!("'{t}' object has no attribute '{n}'")))
}
