//! Container protocol: len, subscription (incl. slices), item assignment and deletion, `in`,
//! iteration, and the sequence forms of `+` and `*`.

use crate::gc::{header, kind_of, payload, payload_unchecked};
use crate::object::*;
use crate::ops::{BinOp, index_value};
use crate::value::Value;
use crate::{PyResult, Runtime, dict, int, ops, set, strings};

pub fn len(rt: &mut Runtime, v: Value) -> PyResult<usize> {
    if v.is_ptr() {
        match header(v).kind {
            Kind::Str => return Ok(payload_unchecked::<PyStr>(v).chars),
            Kind::Bytes => return Ok(payload_unchecked::<PyBytes>(v).0.len()),
            Kind::Deque => return Ok(payload_unchecked::<PyDeque>(v).items.len()),
            Kind::List => return Ok(payload_unchecked::<PyList>(v).0.len()),
            Kind::Tuple => return Ok(payload_unchecked::<PyTuple>(v).0.len()),
            Kind::Dict => return Ok(payload_unchecked::<PyDict>(v).0.len()),
            Kind::Set => return Ok(payload_unchecked::<PySet>(v).0.len()),
            Kind::Range => {
                let n = payload_unchecked::<PyRange>(v).len();
                if n > i64::MAX as i128 {
                    return Err(rt.overflow_error("Python int too large to convert to C ssize_t"));
                }
                return Ok(n as usize);
            }
            Kind::DictView => {
                let d = payload_unchecked::<PyDictView>(v).dict;
                return Ok(payload_unchecked::<PyDict>(d).0.len());
            }
            Kind::Instance => return crate::dunder::len(rt, v),
            _ => {}
        }
    }
    let t = rt.type_name(v);
    Err(rt.type_error(format!("object of type '{t}' has no len()")))
}

/// Resolves `i` against a sequence of length `n` (negative from the end).
#[inline]
pub fn norm_index(i: i64, n: usize) -> Option<usize> {
    let j = if i < 0 { i + n as i64 } else { i };
    if j >= 0 && (j as usize) < n {
        Some(j as usize)
    } else {
        None
    }
}

/// `(start, stop, step, count)` of a slice over a sequence of length `n`.
pub fn slice_indices(rt: &mut Runtime, s: Value, n: usize) -> PyResult<(i64, i64, i64, usize)> {
    let (a, b, c, d) = slice_indices_wide(rt, s, n as i128)?;
    Ok((a as i64, b as i64, c as i64, d as usize))
}

/// `slice_indices` over any length up to 2**120 (ranges over big ints), in i128.
pub fn slice_indices_wide(
    rt: &mut Runtime,
    s: Value,
    n: i128,
) -> PyResult<(i128, i128, i128, i128)> {
    let sl = payload_unchecked::<PySlice>(s);
    let (start, stop, step) = (sl.start, sl.stop, sl.step);
    let get = |rt: &mut Runtime, v: Value| -> PyResult<Option<i128>> {
        if v.is_none() {
            return Ok(None);
        }
        let v = if crate::dunder::is_instance(v)
            && let Some(r) = crate::dunder::convert(rt, v, "__index__")?
        {
            r
        } else {
            v
        };
        if !int::is_int(v) {
            return Err(
                rt.type_error("slice indices must be integers or None or have an __index__ method")
            );
        }
        // Bounds beyond +-2**124 behave like +-2**124 (they clamp to the length anyway), which
        // keeps the arithmetic below free of overflow.
        const LIM: i128 = 1 << 124;
        Ok(Some(
            match num_traits::ToPrimitive::to_i128(&*int::to_big(v)) {
                Some(i) => i.clamp(-LIM, LIM),
                None if int::big_is_negative(v) => -LIM,
                None => LIM,
            },
        ))
    };
    let step = get(rt, step)?.unwrap_or(1);
    if step == 0 {
        return Err(rt.value_error("slice step cannot be zero"));
    }
    let adjust = |v: Option<i128>, default: i128, lo: i128, hi: i128| -> i128 {
        match v {
            None => default,
            Some(mut x) => {
                if x < 0 {
                    x += n;
                    if x < lo {
                        x = lo;
                    }
                } else if x > hi {
                    x = hi;
                }
                x
            }
        }
    };
    let (start, stop) = (get(rt, start)?, get(rt, stop)?);
    let (s, e) = if step > 0 {
        (adjust(start, 0, 0, n), adjust(stop, n, 0, n))
    } else {
        (adjust(start, n - 1, -1, n - 1), adjust(stop, -1, -1, n - 1))
    };
    let count = if step > 0 {
        if e > s { (e - s - 1) / step + 1 } else { 0 }
    } else if s > e {
        (s - e - 1) / (-step) + 1
    } else {
        0
    };
    Ok((s, e, step, count))
}

fn slice_pick<T: Copy>(items: &[T], start: i64, step: i64, count: usize) -> Vec<T> {
    (0..count)
        .map(|k| items[(start + k as i64 * step) as usize])
        .collect()
}

pub fn getitem(rt: &mut Runtime, obj: Value, key: Value) -> PyResult<Value> {
    let Some(k) = kind_of(obj) else {
        let t = rt.type_name(obj);
        return Err(rt.type_error(format!("'{t}' object is not subscriptable")));
    };
    if crate::dunder::is_instance(key)
        && matches!(
            k,
            Kind::List | Kind::Tuple | Kind::Str | Kind::Range | Kind::Bytes | Kind::Deque
        )
        && let Some(i) = crate::dunder::convert(rt, key, "__index__")?
    {
        return getitem(rt, obj, i);
    }
    let is_slice = kind_of(key) == Some(Kind::Slice);
    match k {
        Kind::List => {
            let n = payload_unchecked::<PyList>(obj).0.len();
            if is_slice {
                let (s, _, st, c) = slice_indices(rt, key, n)?;
                let v = slice_pick(&payload_unchecked::<PyList>(obj).0, s, st, c);
                return Ok(rt.new_list(v));
            }
            let i = index_value(rt, key, "list")?;
            match norm_index(i, n) {
                Some(j) => Ok(payload_unchecked::<PyList>(obj).0[j]),
                None => Err(rt.index_error("list index out of range")),
            }
        }
        Kind::Tuple => {
            let n = payload_unchecked::<PyTuple>(obj).0.len();
            if is_slice {
                let (s, _, st, c) = slice_indices(rt, key, n)?;
                if st == 1 && c == n {
                    return Ok(obj);
                }
                let v = slice_pick(&payload_unchecked::<PyTuple>(obj).0, s, st, c);
                return Ok(rt.new_tuple(v));
            }
            let i = index_value(rt, key, "tuple")?;
            match norm_index(i, n) {
                Some(j) => Ok(payload_unchecked::<PyTuple>(obj).0[j]),
                None => Err(rt.index_error("tuple index out of range")),
            }
        }
        Kind::Str => {
            if is_slice {
                let n = payload_unchecked::<PyStr>(obj).chars;
                let (s, _, st, c) = slice_indices(rt, key, n)?;
                return Ok(strings::slice(rt, obj, s, st, c));
            }
            let i = index_value(rt, key, "string")?;
            strings::char_at(rt, obj, i)
        }
        Kind::Dict => match dict::get(rt, obj, key)? {
            Some(v) => Ok(v),
            None => Err(rt.key_error(key)),
        },
        Kind::Range => {
            let r = payload_unchecked::<PyRange>(obj);
            let (start, step, n) = (r.start, r.step, r.len());
            if is_slice {
                let (s, e, st, _) = slice_indices_wide(rt, key, n)?;
                let (nstart, nstop, nstep) = (start + s * step, start + e * step, step * st);
                return Ok(rt.heap.alloc(PyRange {
                    start: nstart,
                    stop: nstop,
                    step: nstep,
                }));
            }
            if !int::is_int(key) {
                index_value(rt, key, "range")?;
                let t = rt.type_name(key);
                return Err(
                    rt.type_error(format!("range indices must be integers or slices, not {t}"))
                );
            }
            let i = num_traits::ToPrimitive::to_i128(&*int::to_big(key)).unwrap_or(i128::MAX);
            let j = if i < 0 { i + n } else { i };
            if j < 0 || j >= n {
                return Err(rt.index_error("range object index out of range"));
            }
            Ok(rt.new_int128(start + j * step))
        }
        Kind::Instance => crate::dunder::getitem(rt, obj, key),
        Kind::Bytes => crate::bytes::getitem(rt, obj, key),
        Kind::Deque => crate::deque::getitem(rt, obj, key),
        _ => {
            let t = rt.type_name(obj);
            Err(rt.type_error(format!("'{t}' object is not subscriptable")))
        }
    }
}

pub fn setitem(rt: &mut Runtime, obj: Value, key: Value, val: Value) -> PyResult<()> {
    match kind_of(obj) {
        Some(Kind::List) => {
            if kind_of(key) == Some(Kind::Slice) {
                return list_set_slice(rt, obj, key, val);
            }
            let i = index_value(rt, key, "list")?;
            let l = &mut payload_unchecked::<PyList>(obj).0;
            match norm_index(i, l.len()) {
                Some(j) => {
                    l[j] = val;
                    Ok(())
                }
                None => Err(rt.index_error("list assignment index out of range")),
            }
        }
        Some(Kind::Dict) => dict::set(rt, obj, key, val),
        Some(Kind::Instance) => crate::dunder::setitem(rt, obj, key, val),
        Some(Kind::Bytes) => crate::bytes::setitem(rt, obj, key, val),
        Some(Kind::Deque) => crate::deque::setitem(rt, obj, key, val),
        _ => {
            let t = rt.type_name(obj);
            Err(rt.type_error(format!("'{t}' object does not support item assignment")))
        }
    }
}

fn list_set_slice(rt: &mut Runtime, obj: Value, key: Value, val: Value) -> PyResult<()> {
    let items = if val == obj {
        payload_unchecked::<PyList>(obj).0.clone()
    } else {
        match to_vec(rt, val) {
            Ok(v) => v,
            Err(e) if rt.err_matches(&e, rt.t.type_error) => {
                return Err(rt.type_error("can only assign an iterable"));
            }
            Err(e) => return Err(e),
        }
    };
    let n = payload_unchecked::<PyList>(obj).0.len();
    let (s, e, st, c) = slice_indices(rt, key, n)?;
    let l = &mut payload_unchecked::<PyList>(obj).0;
    if st == 1 {
        let e = e.max(s);
        l.splice(s as usize..e as usize, items);
        return Ok(());
    }
    if items.len() != c {
        return Err(rt.value_error(format!(
            "attempt to assign sequence of size {} to extended slice of size {c}",
            items.len()
        )));
    }
    for (k, v) in items.into_iter().enumerate() {
        l[(s + k as i64 * st) as usize] = v;
    }
    Ok(())
}

pub fn delitem(rt: &mut Runtime, obj: Value, key: Value) -> PyResult<()> {
    match kind_of(obj) {
        Some(Kind::List) => {
            let n = payload_unchecked::<PyList>(obj).0.len();
            if kind_of(key) == Some(Kind::Slice) {
                let (s, _, st, c) = slice_indices(rt, key, n)?;
                let mut drop = vec![false; n];
                for k in 0..c {
                    drop[(s + k as i64 * st) as usize] = true;
                }
                let l = &mut payload_unchecked::<PyList>(obj).0;
                let mut idx = 0;
                l.retain(|_| {
                    idx += 1;
                    !drop[idx - 1]
                });
                return Ok(());
            }
            let i = index_value(rt, key, "list")?;
            match norm_index(i, n) {
                Some(j) => {
                    payload_unchecked::<PyList>(obj).0.remove(j);
                    Ok(())
                }
                None => Err(rt.index_error("list assignment index out of range")),
            }
        }
        Some(Kind::Dict) => match dict::remove(rt, obj, key)? {
            Some(_) => Ok(()),
            None => Err(rt.key_error(key)),
        },
        Some(Kind::Instance) => crate::dunder::delitem(rt, obj, key),
        Some(Kind::Bytes) => crate::bytes::delitem(rt, obj, key),
        Some(Kind::Deque) => crate::deque::delitem(rt, obj, key),
        _ => {
            let t = rt.type_name(obj);
            Err(rt.type_error(format!("'{t}' object doesn't support item deletion")))
        }
    }
}

pub fn contains(rt: &mut Runtime, container: Value, item: Value) -> PyResult<bool> {
    match kind_of(container) {
        Some(Kind::Str) => {
            let Some(needle) = payload::<PyStr>(item) else {
                let t = rt.type_name(item);
                return Err(rt.type_error(format!(
                    "'in <string>' requires string as left operand, not {t}"
                )));
            };
            Ok(payload_unchecked::<PyStr>(container)
                .s()
                .contains(needle.s()))
        }
        Some(Kind::Dict) => Ok(dict::get(rt, container, item)?.is_some()),
        Some(Kind::Set) => set::contains(rt, container, item),
        Some(Kind::Range) => {
            let r = payload_unchecked::<PyRange>(container);
            if int::is_int(item)
                && let Some(i) = num_traits::ToPrimitive::to_i128(&*int::to_big(item))
            {
                let (start, stop, step) = (r.start, r.stop, r.step);
                let inside = if step > 0 {
                    i >= start && i < stop
                } else {
                    i <= start && i > stop
                };
                return Ok(inside && (i - start) % step == 0);
            }
            if int::is_int(item) {
                // Beyond i128, hence beyond every range's bounds (|bounds| <= 2**120).
                return Ok(false);
            }
            let items = to_vec(rt, container)?;
            seq_contains(rt, &items, item)
        }
        Some(Kind::List) => {
            let items = payload_unchecked::<PyList>(container).0.clone();
            seq_contains(rt, &items, item)
        }
        Some(Kind::Tuple) => {
            let items = payload_unchecked::<PyTuple>(container).0.clone();
            seq_contains(rt, &items, item)
        }
        Some(Kind::DictView) => {
            let v = payload_unchecked::<PyDictView>(container);
            match v.mode {
                ViewMode::Keys => Ok(dict::get(rt, v.dict, item)?.is_some()),
                _ => {
                    let items = to_vec(rt, container)?;
                    seq_contains(rt, &items, item)
                }
            }
        }
        Some(Kind::Iter) => {
            while let Some(x) = next(rt, container)? {
                if ops::eq(rt, x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Some(Kind::Instance) => crate::dunder::contains(rt, container, item),
        Some(Kind::Bytes) => crate::bytes::contains(rt, container, item),
        Some(Kind::Deque) => {
            let items = crate::deque::to_vec(container);
            seq_contains(rt, &items, item)
        }
        Some(Kind::Generator) => {
            while let Some(x) = next(rt, container)? {
                if x == item || ops::eq(rt, x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => {
            let t = rt.type_name(container);
            Err(rt.type_error(format!("argument of type '{t}' is not iterable")))
        }
    }
}

fn seq_contains(rt: &mut Runtime, items: &[Value], item: Value) -> PyResult<bool> {
    for &x in items {
        if x == item || ops::eq(rt, x, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `iter(v)`.
/// A fresh iterator's state over a list, tuple, str, bytes or range, else `None`.
pub fn seq_iter_state(v: Value) -> Option<PyIter> {
    match kind_of(v) {
        Some(Kind::List | Kind::Tuple | Kind::Str | Kind::Bytes) => {
            Some(PyIter::Seq { seq: v, idx: 0 })
        }
        Some(Kind::Range) => {
            let r = payload_unchecked::<PyRange>(v);
            Some(PyIter::Range {
                cur: r.start,
                stop: r.stop,
                step: r.step,
            })
        }
        _ => None,
    }
}

pub fn iter(rt: &mut Runtime, v: Value) -> PyResult<Value> {
    if let Some(it) = seq_iter_state(v) {
        return Ok(rt.heap.alloc(it));
    }
    let it = match kind_of(v) {
        Some(Kind::Dict) => {
            let n = payload_unchecked::<PyDict>(v).0.len();
            PyIter::Dict {
                dict: v,
                idx: 0,
                mode: ViewMode::Keys,
                len: n,
                remaining: n,
            }
        }
        Some(Kind::DictView) => {
            let dv = payload_unchecked::<PyDictView>(v);
            let n = payload_unchecked::<PyDict>(dv.dict).0.len();
            PyIter::Dict {
                dict: dv.dict,
                idx: 0,
                mode: dv.mode,
                len: n,
                remaining: n,
            }
        }
        Some(Kind::Set) => PyIter::Set {
            set: v,
            idx: 0,
            len: payload_unchecked::<PySet>(v).0.len(),
        },
        Some(Kind::Iter | Kind::Generator | Kind::File) => return Ok(v),
        Some(Kind::Deque) => PyIter::Deque {
            deque: v,
            idx: 0,
            state: payload_unchecked::<PyDeque>(v).state,
        },
        Some(Kind::Instance) => return crate::dunder::iter(rt, v),
        _ => {
            let t = rt.type_name(v);
            return Err(rt.type_error(format!("'{t}' object is not iterable")));
        }
    };
    Ok(rt.heap.alloc(it))
}

/// Advances an iterator: `Ok(None)` when exhausted.
pub fn next(rt: &mut Runtime, it: Value) -> PyResult<Option<Value>> {
    match kind_of(it) {
        Some(Kind::Generator) => return (rt.gen_hook)(rt, it, Value::NONE),
        Some(Kind::Instance) => return crate::dunder::next(rt, it),
        Some(Kind::File) => return crate::io::methods::next_line(rt, it),
        _ => {}
    }
    let Some(state) = payload::<PyIter>(it) else {
        let t = rt.type_name(it);
        return Err(rt.type_error(format!("'{t}' object is not an iterator")));
    };
    match state {
        PyIter::Range { cur, stop, step } => {
            if (*step > 0 && *cur < *stop) || (*step < 0 && *cur > *stop) {
                let v = *cur;
                *cur += *step;
                Ok(Some(rt.new_int128(v)))
            } else {
                Ok(None)
            }
        }
        PyIter::Seq { seq, idx } => {
            let (seq, i) = (*seq, *idx);
            let r = match header(seq).kind {
                Kind::List => payload_unchecked::<PyList>(seq).0.get(i).copied(),
                Kind::Tuple => payload_unchecked::<PyTuple>(seq).0.get(i).copied(),
                Kind::Bytes => payload_unchecked::<PyBytes>(seq)
                    .0
                    .get(i)
                    .map(|&b| Value::small_int(b as i64)),
                _ => {
                    if i < payload_unchecked::<PyStr>(seq).chars {
                        Some(strings::char_at(rt, seq, i as i64)?)
                    } else {
                        None
                    }
                }
            };
            match r {
                Some(v) => {
                    *idx += 1;
                    Ok(Some(v))
                }
                None => {
                    *state = PyIter::Exhausted;
                    Ok(None)
                }
            }
        }
        PyIter::Reversed { seq, idx } => {
            if *idx == 0 {
                return Ok(None);
            }
            *idx -= 1;
            let (seq, i) = (*seq, *idx);
            let n = len(rt, seq)?;
            if i >= n {
                *state = PyIter::Exhausted;
                return Ok(None);
            }
            let key = Value::small_int(i as i64);
            Ok(Some(getitem(rt, seq, key)?))
        }
        PyIter::Dict {
            dict: d,
            idx,
            mode,
            len: n,
            remaining,
        } => {
            let (d, mode) = (*d, *mode);
            if payload_unchecked::<PyDict>(d).0.len() != *n {
                *n = usize::MAX;
                return Err(rt.new_error(
                    rt.t.runtime_error,
                    "dictionary changed size during iteration",
                ));
            }
            match dict::entry_from(d, idx) {
                Some(_) if *remaining == 0 => {
                    *n = usize::MAX;
                    Err(rt.new_error(
                        rt.t.runtime_error,
                        "dictionary keys changed during iteration",
                    ))
                }
                Some((k, v)) => Ok(Some({
                    *remaining -= 1;
                    match mode {
                        ViewMode::Keys => k,
                        ViewMode::Values => v,
                        ViewMode::Items => rt.new_tuple(vec![k, v]),
                    }
                })),
                None => Ok(None),
            }
        }
        PyIter::Set {
            set: s,
            idx,
            len: n,
        } => {
            if payload_unchecked::<PySet>(*s).0.len() != *n {
                *n = usize::MAX;
                return Err(rt.new_error(rt.t.runtime_error, "Set changed size during iteration"));
            }
            Ok(set::entry_from(*s, idx))
        }
        PyIter::Enumerate {
            it: inner_it,
            count,
        } => {
            let (inner, c) = (*inner_it, *count);
            match next(rt, inner)? {
                Some(v) => {
                    let one = Value::small_int(1);
                    let nc = int::add(rt, c, one);
                    if let Some(PyIter::Enumerate { count, .. }) = payload::<PyIter>(it) {
                        *count = nc;
                    }
                    Ok(Some(rt.new_tuple(vec![c, v])))
                }
                None => Ok(None),
            }
        }
        PyIter::Zip { its, strict } => {
            let (its, strict) = (its.clone(), *strict);
            if its.is_empty() {
                return Ok(None);
            }
            let out = next_of_each(rt, &its)?;
            match out {
                Ok(out) => Ok(Some(rt.new_tuple(out))),
                Err(i) if strict => {
                    if i > 0 {
                        return Err(rt.value_error(format!(
                            "zip() argument {} is shorter than argument{} 1{}",
                            i + 1,
                            if i > 1 { "s" } else { "" },
                            if i > 1 {
                                format!("-{i}")
                            } else {
                                String::new()
                            }
                        )));
                    }
                    // The first ran out: every other must be exhausted too.
                    for (j, &o) in its.iter().enumerate().skip(1) {
                        if next(rt, o)?.is_some() {
                            return Err(rt.value_error(format!(
                                "zip() argument {} is longer than argument{} 1{}",
                                j + 1,
                                if j > 1 { "s" } else { "" },
                                if j > 1 {
                                    format!("-{j}")
                                } else {
                                    String::new()
                                }
                            )));
                        }
                    }
                    Ok(None)
                }
                Err(_) => Ok(None),
            }
        }
        PyIter::Map { func, its } => {
            let (func, its) = (*func, its.clone());
            match next_of_each(rt, &its)? {
                // The call copies the arguments into its frame, which roots them.
                Ok(args) => rt.call(func, &args).map(Some),
                Err(_) => Ok(None),
            }
        }
        PyIter::Filter { func, it: inner } => {
            let (func, inner) = (*func, *inner);
            while let Some(x) = next(rt, inner)? {
                let keep = if func.is_none() {
                    ops::truthy(rt, x)?
                } else {
                    let r = rt.call(func, &[x])?;
                    ops::truthy(rt, r)?
                };
                if keep {
                    return Ok(Some(x));
                }
            }
            Ok(None)
        }
        PyIter::Callable { func, sentinel } => {
            let (f, stop) = (*func, *sentinel);
            let v = rt.call(f, &[])?;
            // The sentinel check may run Python code (__eq__ later), so root the value.
            rt.temp_roots.push(v);
            let done = ops::eq(rt, v, stop);
            rt.temp_roots.pop();
            if done? {
                if let Some(s) = payload::<PyIter>(it) {
                    *s = PyIter::Exhausted;
                }
                return Ok(None);
            }
            Ok(Some(v))
        }
        PyIter::Deque { deque, idx, state } => {
            let d = payload_unchecked::<PyDeque>(*deque);
            if d.state != *state {
                *payload_unchecked::<PyIter>(it) = PyIter::Exhausted;
                return Err(rt.new_error(rt.t.runtime_error, "deque mutated during iteration"));
            }
            match d.items.get(*idx) {
                Some(&v) => {
                    *idx += 1;
                    Ok(Some(v))
                }
                None => {
                    *payload_unchecked::<PyIter>(it) = PyIter::Exhausted;
                    Ok(None)
                }
            }
        }
        PyIter::GetItem { obj, idx } => {
            let (obj, i) = (*obj, *idx);
            let k = Value::small_int(i as i64);
            match getitem(rt, obj, k) {
                Ok(v) => {
                    if let Some(PyIter::GetItem { idx, .. }) = payload::<PyIter>(it) {
                        *idx = i + 1;
                    }
                    Ok(Some(v))
                }
                Err(e)
                    if rt.err_matches(&e, rt.t.index_error)
                        || rt.err_matches(&e, rt.t.stop_iteration) =>
                {
                    *payload_unchecked::<PyIter>(it) = PyIter::Exhausted;
                    Ok(None)
                }
                Err(e) => Err(e),
            }
        }
        PyIter::Exhausted => Ok(None),
    }
}

/// One item from each iterator, or `Err(i)` when iterator `i` is exhausted. Items stay
/// rooted while later iterators run (they may run Python code).
fn next_of_each(rt: &mut Runtime, its: &[Value]) -> PyResult<Result<Vec<Value>, usize>> {
    let mark = rt.temp_roots.len();
    let mut r = Ok(Ok(Vec::with_capacity(its.len())));
    for (i, &it) in its.iter().enumerate() {
        match next(rt, it) {
            Ok(Some(v)) => rt.temp_roots.push(v),
            Ok(None) => {
                r = Ok(Err(i));
                break;
            }
            Err(e) => {
                r = Err(e);
                break;
            }
        }
    }
    if let Ok(Ok(out)) = &mut r {
        out.extend_from_slice(&rt.temp_roots[mark..]);
    }
    rt.temp_roots.truncate(mark);
    r
}

/// Collects any iterable into a Vec. Values are only reachable from the Vec: callers that
/// run Python code before storing them must root them.
pub fn to_vec(rt: &mut Runtime, v: Value) -> PyResult<Vec<Value>> {
    match kind_of(v) {
        Some(Kind::List) => return Ok(payload_unchecked::<PyList>(v).0.clone()),
        Some(Kind::Tuple) => return Ok(payload_unchecked::<PyTuple>(v).0.to_vec()),
        _ => {}
    }
    let it = iter(rt, v)?;
    // Python code may run (generators, `__next__`): keep the iterator and the items rooted.
    let acc = rt.new_list(Vec::new());
    rt.temp_roots.extend([it, acc]);
    let r = (|| {
        while let Some(x) = next(rt, it)? {
            payload_unchecked::<PyList>(acc).0.push(x);
        }
        Ok(())
    })();
    rt.temp_roots.truncate(rt.temp_roots.len() - 2);
    r?;
    Ok(std::mem::take(&mut payload_unchecked::<PyList>(acc).0))
}

fn repeat_count(rt: &mut Runtime, n: Value) -> PyResult<Option<usize>> {
    if let Some(i) = int::to_i64(n) {
        return Ok(Some(i.max(0) as usize));
    }
    if int::is_int(n) {
        return Err(rt.overflow_error("cannot fit 'int' into an index-sized integer"));
    }
    if crate::dunder::is_instance(n)
        && crate::dunder::user_has(rt, n, "__index__")?
        && let Some(r) = crate::dunder::convert(rt, n, "__index__")?
    {
        return repeat_count(rt, r);
    }
    Ok(None)
}

fn cant_multiply(rt: &mut Runtime, n: Value) -> crate::PyErr {
    let t = rt.type_name(n);
    rt.type_error(format!("can't multiply sequence by non-int of type '{t}'"))
}

/// `+`, `*`, `%` and the set operators on containers; `Ok(None)` if not applicable.
pub fn seq_binary_op(
    rt: &mut Runtime,
    op: BinOp,
    inplace: bool,
    a: Value,
    b: Value,
) -> PyResult<Option<Value>> {
    let (ka, kb) = (kind_of(a), kind_of(b));
    match (op, ka) {
        (BinOp::Add, Some(Kind::Str)) => {
            if payload::<PyStr>(b).is_none() {
                let t = rt.type_name(b);
                return Err(rt.type_error(format!("can only concatenate str (not \"{t}\") to str")));
            }
            Ok(Some(str_concat(rt, a, b)))
        }
        (BinOp::Add, Some(Kind::List)) => {
            if kb != Some(Kind::List) {
                if inplace {
                    let items = to_vec(rt, b)?;
                    payload_unchecked::<PyList>(a).0.extend(items);
                    return Ok(Some(a));
                }
                let t = rt.type_name(b);
                return Err(
                    rt.type_error(format!("can only concatenate list (not \"{t}\") to list"))
                );
            }
            let extra = payload_unchecked::<PyList>(b).0.clone();
            if inplace {
                payload_unchecked::<PyList>(a).0.extend(extra);
                return Ok(Some(a));
            }
            let mut v = payload_unchecked::<PyList>(a).0.clone();
            v.extend(extra);
            Ok(Some(rt.new_list(v)))
        }
        (BinOp::Add, Some(Kind::Tuple)) => {
            if kb != Some(Kind::Tuple) {
                let t = rt.type_name(b);
                return Err(
                    rt.type_error(format!("can only concatenate tuple (not \"{t}\") to tuple"))
                );
            }
            let mut v = payload_unchecked::<PyTuple>(a).0.to_vec();
            v.extend_from_slice(&payload_unchecked::<PyTuple>(b).0);
            Ok(Some(rt.new_tuple(v)))
        }
        (BinOp::Mul, Some(Kind::Str | Kind::List | Kind::Tuple)) => {
            let Some(n) = repeat_count(rt, b)? else {
                return Err(cant_multiply(rt, b));
            };
            repeat(rt, a, n, inplace).map(Some)
        }
        (BinOp::Mul, _) if matches!(kb, Some(Kind::Str | Kind::List | Kind::Tuple)) => {
            if ka.is_some() || !(a.is_small_int() || a.is_bool() || int::is_int(a)) {
                return Err(cant_multiply(rt, a));
            }
            let n = repeat_count(rt, a)?.unwrap_or(0);
            repeat(rt, b, n, false).map(Some)
        }
        (BinOp::Mod, Some(Kind::Str)) => crate::format::percent_format(rt, a, b).map(Some),
        (BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor, Some(Kind::Set | Kind::DictView))
            if matches!(kb, Some(Kind::Set | Kind::DictView)) || ka == Some(Kind::DictView) =>
        {
            set::set_binary_op(rt, op, inplace, a, b).map(Some)
        }
        (BinOp::Or, Some(Kind::Dict)) if kb == Some(Kind::Dict) || inplace => {
            let target = if inplace { a } else { dict::copy(rt, a) };
            dict::update_from(rt, target, b)?;
            Ok(Some(target))
        }
        _ => Ok(None),
    }
}

/// `items * n` for lists and tuples (MemoryError past 2**32 items, before allocating).
fn repeat_items(rt: &mut Runtime, items: &[Value], n: usize) -> PyResult<Vec<Value>> {
    if items.len().saturating_mul(n) > (1 << 32) {
        return Err(rt.new_error(rt.t.memory_error, ""));
    }
    Ok(items
        .iter()
        .copied()
        .cycle()
        .take(items.len() * n)
        .collect())
}

fn repeat(rt: &mut Runtime, seq: Value, n: usize, inplace: bool) -> PyResult<Value> {
    match header(seq).kind {
        Kind::Str => {
            let s = &payload_unchecked::<PyStr>(seq).s();
            if s.len()
                .checked_mul(n)
                .is_none_or(|b| b > isize::MAX as usize)
            {
                return Err(rt.overflow_error("repeated string is too long"));
            }
            if s.len().saturating_mul(n) > (1 << 34) {
                return Err(rt.new_error(rt.t.memory_error, ""));
            }
            let r = s.repeat(n);
            Ok(rt.new_string(r))
        }
        Kind::List => {
            let r = repeat_items(rt, &payload_unchecked::<PyList>(seq).0.clone(), n)?;
            if inplace {
                payload_unchecked::<PyList>(seq).0 = r;
                return Ok(seq);
            }
            Ok(rt.new_list(r))
        }
        _ => {
            let r = repeat_items(rt, &payload_unchecked::<PyTuple>(seq).0.clone(), n)?;
            Ok(rt.new_tuple(r))
        }
    }
}

/// `a + b` for two `str` values.
pub fn str_concat(rt: &mut Runtime, a: Value, b: Value) -> Value {
    let (sa, sb) = (payload_unchecked::<PyStr>(a), payload_unchecked::<PyStr>(b));
    if sb.chars == 0 {
        return a;
    }
    if sa.chars == 0 {
        return b;
    }
    let r = sa.concat(sb.s(), sb.chars);
    rt.heap.alloc(r)
}
