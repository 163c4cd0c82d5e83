//! The interpreter's inline fast paths and small helpers: arithmetic and comparison on
//! immediates, subscripts, iterator steps, unpacking, and call-argument staging. The
//! specialized instructions' actions and the generic forms' fast paths share these.

use pyjit_runtime::gc::{kind_of, payload, payload_unchecked};
use pyjit_runtime::object::*;
use pyjit_runtime::{PyResult, Runtime, Value, attr, ops, seq};

pub(super) fn code_flags(func: Value) -> u32 {
    crate::call::code_of(func).flags
}

/// One step of `yield from`: sends `v` into `it`. `None` when it finished (the result is
/// in `rt.gen_return`).
pub(super) fn send_to(rt: &mut Runtime, it: Value, v: Value) -> PyResult<Option<Value>> {
    if kind_of(it) == Some(Kind::Generator) {
        return crate::generator::resume(rt, it, v);
    }
    if v.is_none() {
        let r = seq::next(rt, it)?;
        if r.is_none() {
            rt.gen_return = Value::NONE;
        }
        return Ok(r);
    }
    let k = rt.intern("send");
    let m = attr::getattr(rt, it, k)?;
    match rt.call(m, &[v]) {
        Ok(y) => Ok(Some(y)),
        Err(e) if rt.err_matches(&e, rt.t.stop_iteration) => {
            let a = payload_unchecked::<PyException>(e.0).args;
            rt.gen_return = payload_unchecked::<PyTuple>(a)
                .0
                .first()
                .copied()
                .unwrap_or(Value::NONE);
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

/// Runs `f` with the arguments `rt.stack[at..at + n]` copied out (a call may grow the
/// stack); small calls use a buffer on the Rust stack instead of allocating.
#[inline(always)]
pub(super) fn with_stack_args<R>(
    rt: &mut Runtime,
    at: usize,
    n: usize,
    f: impl FnOnce(&mut Runtime, &[Value]) -> R,
) -> R {
    if n <= 8 {
        let mut buf = [Value::NULL; 8];
        buf[..n].copy_from_slice(&rt.stack[at..at + n]);
        f(rt, &buf[..n])
    } else {
        let args = rt.stack[at..at + n].to_vec();
        f(rt, &args)
    }
}

#[inline(always)]
pub(super) fn fast_binop(arg: u32, a: Value, b: Value) -> Option<Value> {
    let op = if arg >= ops::INPLACE {
        arg - ops::INPLACE
    } else {
        arg
    };
    if a.is_small_int() && b.is_small_int() {
        let (x, y) = (a.as_small_int(), b.as_small_int());
        let r = match op {
            0 => x + y,
            10 => x - y,
            5 => x.checked_mul(y)?,
            1 => x & y,
            7 => x | y,
            12 => x ^ y,
            // Shifts: a small int has 48 bits, so `<<` by under 48 fits an i128.
            3 if (0..48).contains(&y) => i64::try_from((x as i128) << y).ok()?,
            9 if y >= 0 => x >> y.min(63),
            2 if y != 0 => {
                let q = x / y;
                if (x % y != 0) && ((x < 0) != (y < 0)) {
                    q - 1
                } else {
                    q
                }
            }
            6 if y != 0 => {
                let r = x % y;
                if r != 0 && ((r < 0) != (y < 0)) {
                    r + y
                } else {
                    r
                }
            }
            _ => return None,
        };
        return Value::try_int(r);
    }
    if a.is_float() && b.is_float() {
        let (x, y) = (a.as_float(), b.as_float());
        return Some(Value::float(match op {
            0 => x + y,
            10 => x - y,
            5 => x * y,
            11 if y != 0.0 => x / y,
            _ => return None,
        }));
    }
    None
}

/// `a <op> b` for `COMPARE_OP`'s argument (`CmpOp` order: <, <=, ==, !=, >, >=); for floats,
/// false with a NaN except `!=`, as Python's comparisons are.
#[inline(always)]
pub(super) fn cmp<T: PartialOrd>(arg: u32, a: T, b: T) -> bool {
    match arg {
        0 => a < b,
        1 => a <= b,
        2 => a == b,
        3 => a != b,
        4 => a > b,
        _ => a >= b,
    }
}

#[inline(always)]
pub(super) fn truth(rt: &mut Runtime, v: Value) -> PyResult<bool> {
    if v.is_bool() {
        return Ok(v.as_bool());
    }
    ops::truthy(rt, v)
}

/// `items[key]` for a small-int key (negative counts from the end); None when `key` is not
/// a small int or is out of range.
#[inline(always)]
pub(super) fn index_items(items: &[Value], key: Value) -> Option<Value> {
    if !key.is_small_int() {
        return None;
    }
    seq::norm_index(key.as_small_int(), items.len()).map(|j| items[j])
}

#[inline(always)]
pub(super) fn fast_subscr(obj: Value, key: Value) -> Option<Value> {
    if let Some(l) = payload::<PyList>(obj) {
        return index_items(&l.0, key);
    }
    if let Some(t) = payload::<PyTuple>(obj) {
        return index_items(&t.0, key);
    }
    None
}

/// One step of a range iterator: the value to yield, or None when it is exhausted.
#[inline(always)]
pub(super) fn range_next(cur: &mut i128, stop: i128, step: i128) -> Option<i128> {
    let c = *cur;
    if (step > 0 && c < stop) || (step < 0 && c > stop) {
        *cur = c + step;
        Some(c)
    } else {
        None
    }
}

/// One step of a list or tuple iterator over `items`: the next item, or None (and `state`
/// marked exhausted, so items appended later are not seen) at the end.
#[inline(always)]
pub(super) fn seq_next(state: &mut PyIter, items: &[Value]) -> Option<Value> {
    let PyIter::Seq { idx, .. } = state else {
        return None;
    };
    match items.get(*idx) {
        Some(&v) => {
            *idx += 1;
            Some(v)
        }
        None => {
            *state = PyIter::Exhausted;
            None
        }
    }
}

#[inline(always)]
pub(super) fn fast_store_subscr(obj: Value, key: Value, v: Value) -> bool {
    if key.is_small_int()
        && let Some(l) = payload::<PyList>(obj)
        && let Some(j) = seq::norm_index(key.as_small_int(), l.0.len())
    {
        l.0[j] = v;
        return true;
    }
    false
}

#[inline(always)]
pub(super) fn for_iter_next(rt: &mut Runtime, it: Value) -> PyResult<Option<Value>> {
    if let Some(state) = payload::<PyIter>(it) {
        match state {
            PyIter::Range { cur, stop, step } => {
                return Ok(range_next(cur, *stop, *step).map(|c| rt.new_int128(c)));
            }
            PyIter::Seq { seq, .. } => {
                if let Some(l) = payload::<PyList>(*seq) {
                    return Ok(seq_next(state, &l.0));
                }
            }
            _ => {}
        }
    }
    seq::next(rt, it)
}

pub(super) fn unpack(rt: &mut Runtime, v: Value, n: usize) -> PyResult<Vec<Value>> {
    let items = match kind_of(v) {
        Some(Kind::Tuple) => payload_unchecked::<PyTuple>(v).0.to_vec(),
        Some(Kind::List) => payload_unchecked::<PyList>(v).0.clone(),
        _ => {
            let it = match seq::iter(rt, v) {
                Ok(it) => it,
                Err(_) => {
                    let t = rt.type_name(v);
                    return Err(rt.type_error(format!("cannot unpack non-iterable {t} object")));
                }
            };
            let mut out = Vec::with_capacity(n);
            while let Some(x) = seq::next(rt, it)? {
                out.push(x);
                if out.len() > n {
                    return Err(rt.value_error(format!("too many values to unpack (expected {n})")));
                }
            }
            out
        }
    };
    if items.len() < n {
        let got = items.len();
        return Err(rt.value_error(format!(
            "not enough values to unpack (expected {n}, got {got})"
        )));
    }
    if items.len() > n {
        return Err(rt.value_error(format!("too many values to unpack (expected {n})")));
    }
    Ok(items)
}

pub(super) fn unpack_ex(
    rt: &mut Runtime,
    v: Value,
    before: usize,
    after: usize,
) -> PyResult<Vec<Value>> {
    let items = match seq::to_vec(rt, v) {
        Ok(items) => items,
        Err(e) => {
            if rt.err_matches(&e, rt.t.type_error) {
                let t = rt.type_name(v);
                return Err(rt.type_error(format!("cannot unpack non-iterable {t} object")));
            }
            return Err(e);
        }
    };
    if items.len() < before + after {
        let (want, got) = (before + after, items.len());
        return Err(rt.value_error(format!(
            "not enough values to unpack (expected at least {want}, got {got})"
        )));
    }
    Ok(items)
}
