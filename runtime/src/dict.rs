//! dict operations over `DictTable`, with Python hashing and equality.

use crate::gc::{kind_of, payload_unchecked};
use crate::object::*;
use crate::value::Value;
use crate::{PyResult, Runtime, ops, seq};

#[inline]
fn table(d: Value) -> &'static mut crate::hashtable::DictTable<Value, Value> {
    &mut payload_unchecked::<PyDict>(d).0
}

pub fn get(rt: &mut Runtime, d: Value, k: Value) -> PyResult<Option<Value>> {
    let h = ops::hash(rt, k)?;
    let r = table(d).get(k, h, &mut |a, b| ops::eq(rt, a, b))?;
    Ok(r.copied())
}

/// Lookup with a precomputed hash (e.g. of a name, tried in globals then builtins).
#[inline]
pub fn get_hashed(rt: &mut Runtime, d: Value, k: Value, h: i64) -> PyResult<Option<Value>> {
    let r = table(d).get(k, h, &mut |a, b| ops::eq(rt, a, b))?;
    Ok(r.copied())
}

pub fn set(rt: &mut Runtime, d: Value, k: Value, v: Value) -> PyResult<()> {
    let h = ops::hash(rt, k)?;
    table(d).insert(k, h, v, &mut |a, b| ops::eq(rt, a, b))?;
    Ok(())
}

pub fn remove(rt: &mut Runtime, d: Value, k: Value) -> PyResult<Option<Value>> {
    let h = ops::hash(rt, k)?;
    Ok(table(d)
        .remove(k, h, &mut |a, b| ops::eq(rt, a, b))?
        .map(|(_, v)| v))
}

pub fn entries(d: Value) -> Vec<(Value, Value)> {
    table(d).iter().map(|(k, v)| (k, *v)).collect()
}

/// Iteration step for dict iterators: the next live entry at or after `*idx`.
pub fn entry_from(d: Value, idx: &mut usize) -> Option<(Value, Value)> {
    table(d).next_entry(idx).map(|(_, k, v)| (k, *v))
}

pub fn len(d: Value) -> usize {
    table(d).len()
}

pub fn copy(rt: &mut Runtime, d: Value) -> Value {
    let t = table(d).clone();
    rt.heap.alloc(PyDict(t))
}

pub fn dict_eq(rt: &mut Runtime, a: Value, b: Value) -> PyResult<bool> {
    if len(a) != len(b) {
        return Ok(false);
    }
    rt.enter_recursion(" in comparison")?;
    let r = dict_eq_inner(rt, a, b);
    rt.leave_recursion();
    r
}

fn dict_eq_inner(rt: &mut Runtime, a: Value, b: Value) -> PyResult<bool> {
    for (k, v) in entries(a) {
        match get(rt, b, k)? {
            Some(w) => {
                if v != w && !ops::eq(rt, v, w)? {
                    return Ok(false);
                }
            }
            None => return Ok(false),
        }
    }
    Ok(true)
}

/// `d.update(other)`: a dict, or an iterable of key/value pairs.
pub fn update_from(rt: &mut Runtime, d: Value, other: Value) -> PyResult<()> {
    let other = crate::class::base_value(other);
    if kind_of(other) == Some(Kind::Dict) {
        for (k, v) in entries(other) {
            set(rt, d, k, v)?;
        }
        return Ok(());
    }
    // The mapping protocol: an object with `keys()` gives its keys and `obj[key]`.
    if kind_of(other) == Some(Kind::Instance) {
        let k = rt.intern("keys");
        if let Some(keys) = crate::attr::getattr_opt(rt, other, k)? {
            let ks = rt.call(keys, &[])?;
            rt.temp_roots.extend([other, ks]);
            let r = (|| {
                for key in seq::to_vec(rt, ks)? {
                    let v = seq::getitem(rt, other, key)?;
                    set(rt, d, key, v)?;
                }
                Ok(())
            })();
            rt.temp_roots.truncate(rt.temp_roots.len() - 2);
            return r;
        }
    }
    let items = seq::to_vec(rt, other)?;
    rt.temp_roots.push(other);
    let r = (|| {
        for (i, it) in items.into_iter().enumerate() {
            let pair = match seq::to_vec(rt, it) {
                Ok(p) => p,
                Err(_) => {
                    return Err(rt.type_error(format!(
                        "cannot convert dictionary update sequence element #{i} to a sequence"
                    )));
                }
            };
            if pair.len() != 2 {
                let n = pair.len();
                return Err(rt.value_error(format!(
                    "dictionary update sequence element #{i} has length {n}; 2 is required"
                )));
            }
            set(rt, d, pair[0], pair[1])?;
        }
        Ok(())
    })();
    rt.temp_roots.pop();
    r
}
