//! Special-method dispatch for instances of classes: the operators and protocols of
//! `ops`/`seq` call in here when an operand is an `Instance`. A special method counts only
//! when a class statement defined it (builtin behaviour is native); an instance of a class
//! derived from a builtin type falls back to its builtin value.

use crate::attr::{call_method, user_method};
use crate::class::base_value;
use crate::gc::{kind_of, payload_unchecked};
use crate::object::*;
use crate::ops::{BinOp, CmpOp};
use crate::value::Value;
use crate::{PyResult, Runtime};

#[inline]
pub fn is_instance(v: Value) -> bool {
    kind_of(v) == Some(Kind::Instance)
}

const BINOP_NAMES: [(&str, &str, &str); 13] = [
    ("__add__", "__radd__", "__iadd__"),
    ("__and__", "__rand__", "__iand__"),
    ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
    ("__lshift__", "__rlshift__", "__ilshift__"),
    ("__matmul__", "__rmatmul__", "__imatmul__"),
    ("__mul__", "__rmul__", "__imul__"),
    ("__mod__", "__rmod__", "__imod__"),
    ("__or__", "__ror__", "__ior__"),
    ("__pow__", "__rpow__", "__ipow__"),
    ("__rshift__", "__rrshift__", "__irshift__"),
    ("__sub__", "__rsub__", "__isub__"),
    ("__truediv__", "__rtruediv__", "__itruediv__"),
    ("__xor__", "__rxor__", "__ixor__"),
];

/// `a op b` where `a` or `b` is an instance. `Ok(None)`: no special method applied and no
/// builtin value to fall back to (the caller raises its TypeError).
pub fn binary_op(
    rt: &mut Runtime,
    op: BinOp,
    inplace: bool,
    a: Value,
    b: Value,
) -> PyResult<Option<Value>> {
    let (name, rname, iname) = BINOP_NAMES[op as usize];
    // A builtin left operand goes first unless the right one's class derives from its type
    // (`1.0 + I(2)` is float's addition even when `I` defines `__radd__`).
    if !is_instance(a) {
        let (ta, tb) = (rt.type_of(a), rt.type_of(b));
        let bb = base_value(b);
        if bb != b && !rt.is_subtype(tb, ta) {
            match crate::ops::binary_op(rt, op, inplace, a, bb) {
                Err(e) if rt.err_matches(&e, rt.t.type_error) => {}
                r => return r.map(Some),
            }
        }
    }
    if inplace
        && is_instance(a)
        && let Some(f) = user_method(rt, a, iname)?
    {
        let r = call_method(rt, f, a, &[b])?;
        if r != Value::NOT_IMPLEMENTED {
            return Ok(Some(r));
        }
    }
    let (ta, tb) = (rt.type_of(a), rt.type_of(b));
    let lhs = if is_instance(a) {
        user_method(rt, a, name)?
    } else {
        None
    };
    let rhs = if is_instance(b) && ta != tb {
        user_method(rt, b, rname)?
    } else {
        None
    };
    // A subclass's reflected method goes first when it overrides the base's.
    let base_rhs = if is_instance(a) {
        user_method(rt, a, rname)?
    } else {
        None
    };
    if let Some(rf) = rhs
        && rt.is_subtype(tb, ta)
        && base_rhs != Some(rf)
    {
        let r = call_method(rt, rf, b, &[a])?;
        if r != Value::NOT_IMPLEMENTED {
            return Ok(Some(r));
        }
        if let Some(f) = lhs {
            let r = call_method(rt, f, a, &[b])?;
            if r != Value::NOT_IMPLEMENTED {
                return Ok(Some(r));
            }
        }
    } else {
        if let Some(f) = lhs {
            let r = call_method(rt, f, a, &[b])?;
            if r != Value::NOT_IMPLEMENTED {
                return Ok(Some(r));
            }
        }
        if let Some(rf) = rhs {
            let r = call_method(rt, rf, b, &[a])?;
            if r != Value::NOT_IMPLEMENTED {
                return Ok(Some(r));
            }
        }
    }
    let (ba, bb) = (base_value(a), base_value(b));
    if (ba != a && !is_instance(ba)) || (bb != b && !is_instance(bb)) {
        if is_instance(ba) || is_instance(bb) {
            return Ok(None);
        }
        let r = crate::ops::binary_op(rt, op, inplace, ba, bb)?;
        // An in-place operation on the builtin value keeps the instance (`l += [2]`).
        return Ok(Some(if inplace && r == ba && ba != a { a } else { r }));
    }
    Ok(None)
}

fn cmp_names(op: CmpOp) -> (&'static str, &'static str) {
    match op {
        CmpOp::Lt => ("__lt__", "__gt__"),
        CmpOp::Le => ("__le__", "__ge__"),
        CmpOp::Eq => ("__eq__", "__eq__"),
        CmpOp::Ne => ("__ne__", "__ne__"),
        CmpOp::Gt => ("__gt__", "__lt__"),
        CmpOp::Ge => ("__ge__", "__le__"),
    }
}

/// Rich comparison with an instance operand; returns the result object (any value).
/// `Ok(None)` means both sides answered NotImplemented for an ordering (TypeError).
pub fn compare(rt: &mut Runtime, op: CmpOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    let (name, rname) = cmp_names(op);
    let (ta, tb) = (rt.type_of(a), rt.type_of(b));
    let reflected_first = ta != tb
        && is_instance(b)
        && rt.is_subtype(tb, ta)
        && user_method(rt, b, rname)? != {
            if is_instance(a) {
                user_method(rt, a, rname)?
            } else {
                None
            }
        };
    let try_l = |rt: &mut Runtime| -> PyResult<Option<Value>> {
        if is_instance(a)
            && let Some(f) = user_method(rt, a, name)?
        {
            if f.is_none() {
                return Ok(None);
            }
            let r = call_method(rt, f, a, &[b])?;
            if r != Value::NOT_IMPLEMENTED {
                return Ok(Some(r));
            }
        }
        Ok(None)
    };
    let try_r = |rt: &mut Runtime| -> PyResult<Option<Value>> {
        if is_instance(b)
            && let Some(f) = user_method(rt, b, rname)?
        {
            if f.is_none() {
                return Ok(None);
            }
            let r = call_method(rt, f, b, &[a])?;
            if r != Value::NOT_IMPLEMENTED {
                return Ok(Some(r));
            }
        }
        Ok(None)
    };
    let r = if reflected_first {
        match try_r(rt)? {
            Some(r) => Some(r),
            None => try_l(rt)?,
        }
    } else {
        match try_l(rt)? {
            Some(r) => Some(r),
            None => try_r(rt)?,
        }
    };
    if let Some(r) = r {
        return Ok(Some(r));
    }
    // `!=` defaults to the inverse of `==`.
    if op == CmpOp::Ne {
        let has_eq = (is_instance(a)
            && user_method(rt, a, "__eq__")?.is_some_and(|f| !f.is_none()))
            || (is_instance(b) && user_method(rt, b, "__eq__")?.is_some_and(|f| !f.is_none()));
        if has_eq {
            let e = compare(rt, CmpOp::Eq, a, b)?.unwrap_or(Value::FALSE);
            let t = crate::ops::truthy(rt, e)?;
            return Ok(Some(Value::bool(!t)));
        }
    }
    let (ba, bb) = (base_value(a), base_value(b));
    if ba != a || bb != b {
        return crate::ops::compare(rt, op, ba, bb).map(Some);
    }
    match op {
        CmpOp::Eq => Ok(Some(Value::bool(a == b))),
        CmpOp::Ne => Ok(Some(Value::bool(a != b))),
        _ => Ok(None),
    }
}

/// `hash(obj)` for an instance.
pub fn hash(rt: &mut Runtime, v: Value) -> PyResult<i64> {
    match user_method(rt, v, "__hash__")? {
        Some(f) if f.is_none() => {
            let t = rt.type_name(v);
            Err(rt.type_error(format!("unhashable type: '{t}'")))
        }
        Some(f) => {
            let r = call_method(rt, f, v, &[])?;
            if !crate::int::is_int(r) {
                return Err(rt.type_error("__hash__ method should return an integer"));
            }
            let h = crate::int::hash(r);
            Ok(if h == -1 { -2 } else { h })
        }
        None => {
            let b = base_value(v);
            if b != v {
                return match crate::ops::hash(rt, b) {
                    // The message names the subclass, as CPython's does.
                    Err(e) if rt.err_matches(&e, rt.t.type_error) => {
                        let t = rt.type_name(v);
                        Err(rt.type_error(format!("unhashable type: '{t}'")))
                    }
                    r => r,
                };
            }
            Ok((v.ptr_bits() >> 4) as i64)
        }
    }
}

/// `bool(obj)`.
pub fn truthy(rt: &mut Runtime, v: Value) -> PyResult<bool> {
    if let Some(f) = user_method(rt, v, "__bool__")? {
        let r = call_method(rt, f, v, &[])?;
        if !r.is_bool() {
            let t = rt.type_name(r);
            return Err(rt.type_error(format!("__bool__ should return bool, returned {t}")));
        }
        return Ok(r.as_bool());
    }
    if user_method(rt, v, "__len__")?.is_some() {
        return Ok(len(rt, v)? != 0);
    }
    let b = base_value(v);
    if b != v {
        return crate::ops::truthy(rt, b);
    }
    Ok(true)
}

/// `len(obj)`.
pub fn len(rt: &mut Runtime, v: Value) -> PyResult<usize> {
    if let Some(f) = user_method(rt, v, "__len__")? {
        let r = call_method(rt, f, v, &[])?;
        if !crate::int::is_int(r) {
            let t = rt.type_name(r);
            return Err(rt.type_error(format!("'{t}' object cannot be interpreted as an integer")));
        }
        return match crate::int::i64_of(r) {
            Some(n) if n >= 0 => Ok(n as usize),
            Some(_) => Err(rt.value_error("__len__() should return >= 0")),
            None => Err(rt.overflow_error("cannot fit 'int' into an index-sized integer")),
        };
    }
    let b = base_value(v);
    if b != v {
        return crate::seq::len(rt, b);
    }
    let t = rt.type_name(v);
    Err(rt.type_error(format!("object of type '{t}' has no len()")))
}

/// A unary special method (`__neg__`, `__pos__`, `__invert__`, `__abs__`, ...), if defined.
pub fn unary(rt: &mut Runtime, v: Value, name: &'static str) -> PyResult<Option<Value>> {
    match user_method(rt, v, name)? {
        Some(f) => call_method(rt, f, v, &[]).map(Some),
        None => Ok(None),
    }
}

pub fn getitem(rt: &mut Runtime, obj: Value, key: Value) -> PyResult<Value> {
    if let Some(f) = user_method(rt, obj, "__getitem__")? {
        return call_method(rt, f, obj, &[key]);
    }
    let b = base_value(obj);
    if b != obj {
        if kind_of(b) == Some(Kind::Dict)
            && let Some(m) = user_method(rt, obj, "__missing__")?
        {
            return match crate::dict::get(rt, b, key)? {
                Some(v) => Ok(v),
                None => call_method(rt, m, obj, &[key]),
            };
        }
        return crate::seq::getitem(rt, b, key);
    }
    let t = rt.type_name(obj);
    Err(rt.type_error(format!("'{t}' object is not subscriptable")))
}

pub fn setitem(rt: &mut Runtime, obj: Value, key: Value, v: Value) -> PyResult<()> {
    if let Some(f) = user_method(rt, obj, "__setitem__")? {
        call_method(rt, f, obj, &[key, v])?;
        return Ok(());
    }
    let b = base_value(obj);
    if b != obj {
        return crate::seq::setitem(rt, b, key, v);
    }
    let t = rt.type_name(obj);
    Err(rt.type_error(format!("'{t}' object does not support item assignment")))
}

pub fn delitem(rt: &mut Runtime, obj: Value, key: Value) -> PyResult<()> {
    if let Some(f) = user_method(rt, obj, "__delitem__")? {
        call_method(rt, f, obj, &[key])?;
        return Ok(());
    }
    let b = base_value(obj);
    if b != obj {
        return crate::seq::delitem(rt, b, key);
    }
    let t = rt.type_name(obj);
    Err(rt.type_error(format!("'{t}' object does not support item deletion")))
}

/// `item in obj`.
pub fn contains(rt: &mut Runtime, obj: Value, item: Value) -> PyResult<bool> {
    if let Some(f) = user_method(rt, obj, "__contains__")? {
        let r = call_method(rt, f, obj, &[item])?;
        return crate::ops::truthy(rt, r);
    }
    let has_iter = user_method(rt, obj, "__iter__")?.is_some()
        || user_method(rt, obj, "__getitem__")?.is_some();
    let b = base_value(obj);
    if !has_iter && b != obj {
        return crate::seq::contains(rt, b, item);
    }
    if !has_iter {
        let t = rt.type_name(obj);
        return Err(rt.type_error(format!("argument of type '{t}' is not iterable")));
    }
    let it = iter(rt, obj)?;
    rt.temp_roots.push(it);
    let r = (|| {
        while let Some(x) = crate::seq::next(rt, it)? {
            if x == item || crate::ops::eq(rt, x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    })();
    rt.temp_roots.pop();
    r
}

/// `iter(obj)`.
pub fn iter(rt: &mut Runtime, obj: Value) -> PyResult<Value> {
    if let Some(f) = user_method(rt, obj, "__iter__")? {
        let it = call_method(rt, f, obj, &[])?;
        let ok = match kind_of(it) {
            Some(Kind::Iter | Kind::Generator) => true,
            Some(Kind::Instance) => user_method(rt, it, "__next__")?.is_some(),
            _ => false,
        };
        if !ok {
            let t = rt.type_name(it);
            return Err(rt.type_error(format!("iter() returned non-iterator of type '{t}'")));
        }
        return Ok(it);
    }
    if user_method(rt, obj, "__getitem__")?.is_some() {
        return Ok(rt.heap.alloc(PyIter::GetItem { obj, idx: 0 }));
    }
    let b = base_value(obj);
    if b != obj {
        return crate::seq::iter(rt, b);
    }
    let t = rt.type_name(obj);
    Err(rt.type_error(format!("'{t}' object is not iterable")))
}

/// `next(it)` for an instance with `__next__`: `None` at StopIteration.
pub fn next(rt: &mut Runtime, it: Value) -> PyResult<Option<Value>> {
    let Some(f) = user_method(rt, it, "__next__")? else {
        let t = rt.type_name(it);
        return Err(rt.type_error(format!("'{t}' object is not an iterator")));
    };
    match call_method(rt, f, it, &[]) {
        Ok(v) => Ok(Some(v)),
        Err(e) if rt.err_matches(&e, rt.t.stop_iteration) => Ok(None),
        Err(e) => Err(e),
    }
}

/// `format(obj, spec)`.
pub fn format(rt: &mut Runtime, v: Value, spec: &str) -> PyResult<String> {
    if let Some(f) = user_method(rt, v, "__format__")? {
        let s = rt.new_str(spec);
        let r = call_method(rt, f, v, &[s])?;
        return match rt.str_of(r) {
            Some(s) => Ok(s.to_string()),
            None => {
                let t = rt.type_name(r);
                Err(rt.type_error(format!("__format__ must return a str, not {t}")))
            }
        };
    }
    let b = base_value(v);
    if b != v && !spec.is_empty() {
        return crate::format::format_value(rt, b, spec);
    }
    if !spec.is_empty() {
        let t = rt.type_name(v);
        return Err(rt.type_error(format!(
            "unsupported format string passed to {t}.__format__"
        )));
    }
    crate::repr::to_str(rt, v)
}

/// `obj(*args)` for an instance with `__call__`.
pub fn call(rt: &mut Runtime, obj: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let Some(f) = user_method(rt, obj, "__call__")? else {
        let t = rt.type_name(obj);
        return Err(rt.type_error(format!("'{t}' object is not callable")));
    };
    let ty = rt.type_of(obj);
    let m = crate::attr::bind(rt, f, obj, ty);
    rt.temp_roots.push(m);
    let r = rt.call_kw(m, args, kw);
    rt.temp_roots.pop();
    r
}

/// A number conversion (`__int__`, `__index__`, `__float__`), checked to return `want`.
pub fn convert(rt: &mut Runtime, v: Value, name: &'static str) -> PyResult<Option<Value>> {
    let Some(f) = user_method(rt, v, name)? else {
        return Ok(None);
    };
    let r = call_method(rt, f, v, &[])?;
    let ok = match name {
        "__float__" => r.is_float(),
        _ => crate::int::is_int(r),
    };
    if !ok {
        let t = rt.type_name(r);
        let want = if name == "__float__" { "float" } else { "int" };
        return Err(rt.type_error(format!("{name} returned non-{want} (type {t})")));
    }
    Ok(Some(r))
}

pub fn user_has(rt: &mut Runtime, v: Value, name: &'static str) -> PyResult<bool> {
    Ok(user_method(rt, v, name)?.is_some())
}

pub fn type_name_of(ty: Value) -> String {
    payload_unchecked::<PyType>(ty).name.clone()
}
