//! Methods of list, tuple, dict, set and frozenset.

use crate::builtins::{arity, index_arg, no_kwargs, split_kw};
use crate::gc::{kind_of, payload_unchecked};
use crate::object::*;
use crate::value::Value;
use crate::{PyResult, Runtime, dict, ops, repr, seq, set};

fn list(v: Value) -> &'static mut Vec<Value> {
    &mut payload_unchecked::<PyList>(v).0
}

fn l_append(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "list.append", kw)?;
    arity(rt, "list.append", args.len() - 1, 1, 1)?;
    list(args[0]).push(args[1]);
    Ok(Value::NONE)
}

fn l_extend(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "list.extend", kw)?;
    arity(rt, "list.extend", args.len() - 1, 1, 1)?;
    let items = seq::to_vec(rt, args[1])?;
    list(args[0]).extend(items);
    Ok(Value::NONE)
}

fn l_pop(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "list.pop", kw)?;
    arity(rt, "pop", args.len() - 1, 0, 1)?;
    let l = list(args[0]);
    if l.is_empty() {
        return Err(rt.index_error("pop from empty list"));
    }
    let i = match args.get(1) {
        Some(&v) => index_arg(rt, v)?,
        None => -1,
    };
    match seq::norm_index(i, l.len()) {
        Some(j) => Ok(l.remove(j)),
        None => Err(rt.index_error("pop index out of range")),
    }
}

fn l_insert(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "list.insert", kw)?;
    arity(rt, "insert", args.len() - 1, 2, 2)?;
    let i = index_arg(rt, args[1])?;
    let l = list(args[0]);
    let n = l.len() as i64;
    let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
    l.insert(j as usize, args[2]);
    Ok(Value::NONE)
}

fn find(rt: &mut Runtime, items: &[Value], x: Value) -> PyResult<Option<usize>> {
    for (i, &v) in items.iter().enumerate() {
        if v == x || ops::eq(rt, v, x)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn l_remove(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "list.remove", kw)?;
    arity(rt, "list.remove", args.len() - 1, 1, 1)?;
    let items = list(args[0]).clone();
    match find(rt, &items, args[1])? {
        Some(i) => {
            list(args[0]).remove(i);
            Ok(Value::NONE)
        }
        None => Err(rt.value_error("list.remove(x): x not in list")),
    }
}

fn seq_index(rt: &mut Runtime, args: &[Value], items: Vec<Value>, what: &str) -> PyResult<Value> {
    arity(rt, "index", args.len() - 1, 1, 3)?;
    let n = items.len() as i64;
    let clamp = |x: i64| if x < 0 { (x + n).max(0) } else { x.min(n) };
    let start = match args.get(2) {
        Some(&v) => clamp(index_arg(rt, v)?),
        None => 0,
    } as usize;
    let stop = match args.get(3) {
        Some(&v) => clamp(index_arg(rt, v)?),
        None => n,
    } as usize;
    if start < stop
        && let Some(i) = find(rt, &items[start..stop], args[1])?
    {
        return Ok(Value::small_int((i + start) as i64));
    }
    if what == "list" {
        let r = repr::repr(rt, args[1])?;
        return Err(rt.value_error(format!("{r} is not in list")));
    }
    Err(rt.value_error("tuple.index(x): x not in tuple"))
}

fn l_index(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let items = list(args[0]).clone();
    seq_index(rt, args, items, "list")
}

fn count_in(rt: &mut Runtime, items: &[Value], x: Value) -> PyResult<Value> {
    let mut c = 0;
    for &v in items {
        if v == x || ops::eq(rt, v, x)? {
            c += 1;
        }
    }
    Ok(Value::small_int(c))
}

fn l_count(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity(rt, "list.count", args.len() - 1, 1, 1)?;
    let items = list(args[0]).clone();
    count_in(rt, &items, args[1])
}

fn l_reverse(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::strings::no_args(rt, "list.reverse", args, kw)?;
    list(args[0]).reverse();
    Ok(Value::NONE)
}

fn l_copy(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::strings::no_args(rt, "list.copy", args, kw)?;
    let items = list(args[0]).clone();
    Ok(rt.new_list(items))
}

fn l_clear(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::strings::no_args(rt, "list.clear", args, kw)?;
    list(args[0]).clear();
    Ok(Value::NONE)
}

/// `list.sort(*, key=None, reverse=False)`: stable, with Python comparisons.
pub fn list_sort(rt: &mut Runtime, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (pos, kws) = split_kw(rt, args, kwnames);
    if pos.len() > 1 {
        return Err(rt.type_error("sort() takes no positional arguments"));
    }
    let (mut key, mut reverse) = (Value::NONE, false);
    for (k, v) in kws {
        match k {
            "key" => key = v,
            "reverse" => {
                if !crate::int::is_int(v) {
                    let t = rt.type_name(v);
                    return Err(
                        rt.type_error(format!("'{t}' object cannot be interpreted as an integer"))
                    );
                }
                reverse = ops::truthy(rt, v)?
            }
            other => {
                return Err(rt.type_error(format!(
                    "sort() got an unexpected keyword argument '{other}'"
                )));
            }
        }
    }
    let l = pos[0];
    let items = std::mem::take(list(l));
    let roots = rt.temp_roots.len();
    // While sorting, the list looks empty (as in CPython) and its items are rooted here.
    rt.temp_roots.extend_from_slice(&items);
    let r = sort_values(rt, items.clone(), key, reverse);
    rt.temp_roots.truncate(roots);
    match r {
        Ok(sorted) => {
            if !list(l).is_empty() {
                *list(l) = items;
                return Err(rt.value_error("list modified during sort"));
            }
            *list(l) = sorted;
            Ok(Value::NONE)
        }
        Err(e) => {
            *list(l) = items;
            Err(e)
        }
    }
}

/// A stable sort that only asks `lt(a, b)` (one `<` per comparison, as CPython). Short
/// lists are sorted exactly as CPython's timsort sorts them (a natural run, then binary
/// insertion), so user `__lt__` methods see the same calls in the same order; longer lists
/// are merge-sorted (same result, different comparisons).
fn generic_sort(
    idx: &mut [usize],
    lt: &mut dyn FnMut(usize, usize) -> PyResult<bool>,
) -> PyResult<()> {
    let n = idx.len();
    if n < 2 {
        return Ok(());
    }
    if n < 64 {
        // count_run
        let mut run = 2;
        if lt(idx[1], idx[0])? {
            while run < n && lt(idx[run], idx[run - 1])? {
                run += 1;
            }
            idx[..run].reverse();
        } else {
            while run < n && !lt(idx[run], idx[run - 1])? {
                run += 1;
            }
        }
        // binarysort
        for start in run..n {
            let pivot = idx[start];
            let (mut l, mut r) = (0, start);
            while l < r {
                let p = l + ((r - l) >> 1);
                if lt(pivot, idx[p])? {
                    r = p;
                } else {
                    l = p + 1;
                }
            }
            idx.copy_within(l..start, l + 1);
            idx[l] = pivot;
        }
        return Ok(());
    }
    let mid = n / 2;
    let (left, right) = idx.split_at_mut(mid);
    generic_sort(left, lt)?;
    generic_sort(right, lt)?;
    let mut out = Vec::with_capacity(n);
    let (mut i, mut j) = (0, 0);
    while i < left.len() && j < right.len() {
        if lt(right[j], left[i])? {
            out.push(right[j]);
            j += 1;
        } else {
            out.push(left[i]);
            i += 1;
        }
    }
    out.extend_from_slice(&left[i..]);
    out.extend_from_slice(&right[j..]);
    idx.copy_from_slice(&out);
    Ok(())
}

fn sort_values(
    rt: &mut Runtime,
    mut items: Vec<Value>,
    key: Value,
    reverse: bool,
) -> PyResult<Vec<Value>> {
    let keys: Vec<Value> = if key.is_none() {
        items.clone()
    } else {
        let mut ks = Vec::with_capacity(items.len());
        for &it in &items {
            let k = rt.call(key, &[it])?;
            rt.temp_roots.push(k);
            ks.push(k);
        }
        ks
    };
    let mut idx: Vec<usize> = (0..items.len()).collect();
    // Reverse keeps stability: reverse, stable sort, reverse (CPython's approach).
    if reverse {
        idx.reverse();
    }
    if keys.iter().all(|k| k.is_small_int()) {
        idx.sort_by_key(|&i| keys[i].as_small_int());
    } else if keys.iter().all(|k| k.is_float()) && !keys.iter().any(|k| k.as_float().is_nan()) {
        idx.sort_by(|&a, &b| keys[a].as_float().partial_cmp(&keys[b].as_float()).unwrap());
    } else if keys.iter().all(|k| kind_of(*k) == Some(Kind::Str)) {
        let s = |k: Value| payload_unchecked::<PyStr>(k).s();
        idx.sort_by(|&a, &b| crate::surrogate::cmp(s(keys[a]), s(keys[b])));
    } else {
        let mut lt = |a: usize, b: usize| ops::less_than(rt, keys[a], keys[b]);
        generic_sort(&mut idx, &mut lt)?;
    }
    if reverse {
        idx.reverse();
    }
    let sorted = idx.iter().map(|&i| items[i]).collect();
    items.clear();
    Ok(sorted)
}

pub const LIST_METHODS: &[(&str, BuiltinFn)] = &[
    ("append", l_append),
    ("extend", l_extend),
    ("pop", l_pop),
    ("insert", l_insert),
    ("remove", l_remove),
    ("index", l_index),
    ("count", l_count),
    ("reverse", l_reverse),
    ("copy", l_copy),
    ("clear", l_clear),
    ("sort", list_sort),
];

fn t_index(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let items = payload_unchecked::<PyTuple>(args[0]).0.to_vec();
    seq_index(rt, args, items, "tuple")
}

fn t_count(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity(rt, "tuple.count", args.len() - 1, 1, 1)?;
    let items = payload_unchecked::<PyTuple>(args[0]).0.to_vec();
    count_in(rt, &items, args[1])
}

pub const TUPLE_METHODS: &[(&str, BuiltinFn)] = &[("index", t_index), ("count", t_count)];

fn d_get(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "dict.get", kw)?;
    arity(rt, "get", args.len() - 1, 1, 2)?;
    Ok(dict::get(rt, args[0], args[1])?.unwrap_or(args.get(2).copied().unwrap_or(Value::NONE)))
}

fn view(rt: &mut Runtime, d: Value, mode: ViewMode) -> Value {
    rt.heap.alloc(PyDictView { dict: d, mode })
}

fn d_keys(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::strings::no_args(rt, "dict.keys", args, kw)?;
    Ok(view(rt, args[0], ViewMode::Keys))
}
fn d_values(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::strings::no_args(rt, "dict.values", args, kw)?;
    Ok(view(rt, args[0], ViewMode::Values))
}
fn d_items(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::strings::no_args(rt, "dict.items", args, kw)?;
    Ok(view(rt, args[0], ViewMode::Items))
}

fn d_pop(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "dict.pop", kw)?;
    arity(rt, "pop", args.len() - 1, 1, 2)?;
    match dict::remove(rt, args[0], args[1])? {
        Some(v) => Ok(v),
        None => match args.get(2) {
            Some(&d) => Ok(d),
            None => Err(rt.key_error(args[1])),
        },
    }
}

fn d_popitem(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::strings::no_args(rt, "dict.popitem", args, kw)?;
    match payload_unchecked::<PyDict>(args[0]).0.pop_last() {
        Some((k, v)) => Ok(rt.new_tuple(vec![k, v])),
        None => Err(rt.key_error_msg("popitem(): dictionary is empty")),
    }
}

fn d_setdefault(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "dict.setdefault", kw)?;
    arity(rt, "setdefault", args.len() - 1, 1, 2)?;
    if let Some(v) = dict::get(rt, args[0], args[1])? {
        return Ok(v);
    }
    let d = args.get(2).copied().unwrap_or(Value::NONE);
    dict::set(rt, args[0], args[1], d)?;
    Ok(d)
}

fn d_update(rt: &mut Runtime, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kwnames.len();
    arity(rt, "update", npos - 1, 0, 1)?;
    if npos == 2 {
        dict::update_from(rt, args[0], args[1])?;
    }
    for (i, &k) in kwnames.iter().enumerate() {
        dict::set(rt, args[0], k, args[npos + i])?;
    }
    Ok(Value::NONE)
}

fn d_copy(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::strings::no_args(rt, "dict.copy", args, kw)?;
    Ok(dict::copy(rt, args[0]))
}

fn d_clear(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::strings::no_args(rt, "dict.clear", args, kw)?;
    payload_unchecked::<PyDict>(args[0]).0.clear();
    Ok(Value::NONE)
}

/// `dict.fromkeys(iterable, value=None)` (a static method here: no subclasses yet).
pub fn d_fromkeys(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "fromkeys", kw)?;
    arity(rt, "fromkeys", args.len(), 1, 2)?;
    let value = args.get(1).copied().unwrap_or(Value::NONE);
    let keys = seq::to_vec(rt, args[0])?;
    let d = rt.new_dict();
    rt.temp_roots.push(d);
    let r = keys
        .into_iter()
        .try_for_each(|k| dict::set(rt, d, k, value));
    rt.temp_roots.pop();
    r.map(|_| d)
}

/// Positions (as range indices) of the items equal to `x`, by linear comparison: for
/// values that are not ints (CPython compares them one by one too). Stops after `limit`.
fn range_matches(rt: &mut Runtime, r: Value, x: Value, limit: usize) -> PyResult<Vec<i128>> {
    let p = payload_unchecked::<PyRange>(r);
    let (start, step, n) = (p.start, p.step, p.len());
    let mut out = Vec::new();
    let mut i = 0;
    while i < n && out.len() < limit {
        let v = rt.new_int128(start + i * step);
        if crate::ops::eq(rt, v, x)? {
            out.push(i);
        }
        i += 1;
    }
    Ok(out)
}

fn r_count(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity(rt, "range.count", args.len() - 1, 1, 1)?;
    if !crate::int::is_int(args[1]) {
        let n = range_matches(rt, args[0], args[1], usize::MAX)?.len();
        return Ok(rt.new_int(n as i64));
    }
    Ok(Value::small_int(seq::contains(rt, args[0], args[1])? as i64))
}

fn r_index(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity(rt, "range.index", args.len() - 1, 1, 1)?;
    if !crate::int::is_int(args[1]) {
        return match range_matches(rt, args[0], args[1], 1)?.first() {
            Some(&i) => Ok(rt.new_int128(i)),
            None => {
                let r = repr::repr(rt, args[1])?;
                Err(rt.value_error(format!("{r} is not in range")))
            }
        };
    }
    if !seq::contains(rt, args[0], args[1])? {
        let r = repr::repr(rt, args[1])?;
        return Err(rt.value_error(format!("{r} is not in range")));
    }
    let r = payload_unchecked::<PyRange>(args[0]);
    let (start, step) = (r.start, r.step);
    let i = num_traits::ToPrimitive::to_i128(&*crate::int::to_big(args[1])).unwrap_or(0);
    Ok(rt.new_int128((i - start) / step))
}

pub const RANGE_METHODS: &[(&str, BuiltinFn)] = &[("count", r_count), ("index", r_index)];

fn slice_indices_method(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::builtins::no_kwargs(rt, "indices", kw)?;
    crate::builtins::arity(rt, "indices", args.len() - 1, 1, 1)?;
    let n = crate::builtins::index_arg(rt, args[1])?;
    if n < 0 {
        return Err(rt.value_error("length should not be negative"));
    }
    let (start, stop, step, _) = crate::seq::slice_indices(rt, args[0], n as usize)?;
    let items = vec![rt.new_int(start), rt.new_int(stop), rt.new_int(step)];
    Ok(rt.new_tuple(items))
}

fn view_isdisjoint(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::builtins::no_kwargs(rt, "isdisjoint", kw)?;
    crate::builtins::arity(rt, "isdisjoint", args.len() - 1, 1, 1)?;
    for x in crate::seq::to_vec(rt, args[1])? {
        if crate::seq::contains(rt, args[0], x)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}

pub const VIEW_METHODS: &[(&str, BuiltinFn)] = &[("isdisjoint", view_isdisjoint)];

pub const SLICE_METHODS: &[(&str, BuiltinFn)] = &[("indices", slice_indices_method)];

pub const DICT_METHODS: &[(&str, BuiltinFn)] = &[
    ("get", d_get),
    ("keys", d_keys),
    ("values", d_values),
    ("items", d_items),
    ("pop", d_pop),
    ("popitem", d_popitem),
    ("setdefault", d_setdefault),
    ("update", d_update),
    ("copy", d_copy),
    ("clear", d_clear),
];

fn s_add(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity(rt, "set.add", args.len() - 1, 1, 1)?;
    set::add(rt, args[0], args[1])?;
    Ok(Value::NONE)
}

fn s_remove(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity(rt, "set.remove", args.len() - 1, 1, 1)?;
    if !set::discard(rt, args[0], args[1])? {
        return Err(rt.key_error(args[1]));
    }
    Ok(Value::NONE)
}

fn s_discard(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity(rt, "set.discard", args.len() - 1, 1, 1)?;
    set::discard(rt, args[0], args[1])?;
    Ok(Value::NONE)
}

fn s_pop(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::strings::no_args(rt, "set.pop", args, kw)?;
    match set::table(args[0]).pop() {
        Some((k, _)) => Ok(k),
        None => Err(rt.key_error_msg("pop from an empty set")),
    }
}

fn s_clear(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::strings::no_args(rt, "set.clear", args, kw)?;
    set::table(args[0]).clear();
    Ok(Value::NONE)
}

fn s_copy(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if crate::gc::header(args[0]).flags & FROZEN != 0 {
        // Immutable: the copy is the object itself, as in CPython.
        return Ok(args[0]);
    }
    let t = set::table(args[0]).copy();
    let r = rt.heap.alloc(PySet(t));
    crate::gc::set_flags(r, crate::gc::header(args[0]).flags);
    Ok(r)
}

fn s_update(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    for &o in &args[1..] {
        set::update(rt, args[0], o)?;
    }
    Ok(Value::NONE)
}

/// `set.union(*others)` and friends, composed as CPython 3.11 composes them: other sets
/// merge table-to-table, any other iterable is consumed element by element (which decides
/// the result's iteration order).
/// A new set (or frozenset) with the elements of `v`, to build a result in.
fn fresh_copy(rt: &mut Runtime, v: Value) -> Value {
    let t = set::table(v).copy();
    let r = rt.heap.alloc(PySet(t));
    crate::gc::set_flags(r, crate::gc::header(v).flags);
    r
}

fn s_union(rt: &mut Runtime, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let r = fresh_copy(rt, a[0]);
    rt.temp_roots.push(r);
    let res = a[1..]
        .iter()
        .filter(|&&o| o != a[0])
        .try_for_each(|&o| set::update(rt, r, o));
    rt.temp_roots.pop();
    res.map(|_| r)
}

/// `a.intersection(x)` for one argument: a set intersects table-wise; another iterable
/// keeps its elements that are in `a`, in its own order.
fn intersect_one(rt: &mut Runtime, a: Value, o: Value) -> PyResult<Value> {
    if kind_of(o) == Some(Kind::Set) {
        return set::set_binary_op(rt, ops::BinOp::And, false, a, o);
    }
    let r = rt.new_set(false);
    rt.temp_roots.push(r);
    let res = (|| {
        for x in seq::to_vec(rt, o)? {
            if set::contains(rt, a, x)? {
                set::add(rt, r, x)?;
            }
        }
        Ok(r)
    })();
    rt.temp_roots.pop();
    res
}

fn s_intersection(rt: &mut Runtime, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if a.len() == 1 {
        return s_copy(rt, a, &[]);
    }
    let mut acc = a[0];
    let base = rt.temp_roots.len();
    for &o in &a[1..] {
        acc = intersect_one(rt, acc, o)?;
        rt.temp_roots.push(acc);
    }
    rt.temp_roots.truncate(base);
    if crate::gc::header(a[0]).flags & FROZEN != 0 {
        crate::gc::set_flags(acc, FROZEN);
    }
    Ok(acc)
}

fn s_intersection_update(rt: &mut Runtime, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let r = s_intersection(rt, a, kw)?;
    let t = set::table(r).clone_exact();
    set::table(a[0]).replace_body(t);
    Ok(Value::NONE)
}

/// Removes the elements of each argument from `target` (CPython's difference update).
fn discard_all(rt: &mut Runtime, target: Value, others: &[Value]) -> PyResult<()> {
    for &o in others {
        if o == target {
            set::table(target).clear();
        } else if kind_of(o) == Some(Kind::Set) {
            // Table-level, so it also works on a frozenset being built.
            let (tt, to) = (set::table(target), set::table(o));
            tt.difference_update(to, &mut |x, y| ops::eq(rt, x, y))?;
        } else {
            for x in seq::to_vec(rt, o)? {
                set::discard(rt, target, x)?;
            }
            set::table(target).finish_difference_update();
        }
    }
    Ok(())
}

/// CPython: the first argument goes through the binary difference (which picks its own
/// strategy for sets), the rest are discarded from that result.
fn s_difference(rt: &mut Runtime, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let r = match a.get(1) {
        Some(&first) if kind_of(first) == Some(Kind::Set) => {
            set::set_binary_op(rt, ops::BinOp::Sub, false, a[0], first)?
        }
        _ => {
            let r = fresh_copy(rt, a[0]);
            rt.temp_roots.push(r);
            let res = discard_all(rt, r, &a[1..a.len().min(2)]);
            rt.temp_roots.pop();
            res?;
            r
        }
    };
    rt.temp_roots.push(r);
    let res = discard_all(rt, r, a.get(2..).unwrap_or(&[]));
    rt.temp_roots.pop();
    res.map(|_| r)
}

fn s_difference_update(rt: &mut Runtime, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    discard_all(rt, a[0], &a[1..])?;
    Ok(Value::NONE)
}

fn s_symmetric_difference(rt: &mut Runtime, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity(rt, "symmetric_difference", a.len() - 1, 1, 1)?;
    if kind_of(a[1]) == Some(Kind::Set) {
        return set::set_binary_op(rt, ops::BinOp::Xor, false, a[0], a[1]);
    }
    // CPython: r = set(other); r ^= self.
    let r = set::set_from_iterable(rt, a[1])?;
    rt.temp_roots.push(r);
    let res = set::set_binary_op(rt, ops::BinOp::Xor, true, r, a[0]);
    rt.temp_roots.pop();
    res?;
    if crate::gc::header(a[0]).flags & FROZEN != 0 {
        crate::gc::set_flags(r, FROZEN);
    }
    Ok(r)
}

fn subset_test(rt: &mut Runtime, a: &[Value], sup: bool) -> PyResult<Value> {
    arity(rt, "issubset", a.len() - 1, 1, 1)?;
    let other = set::set_from_iterable(rt, a[1])?;
    let (x, y) = if sup { (other, a[0]) } else { (a[0], other) };
    let (tx, ty) = (set::table(x), set::table(y));
    Ok(Value::bool(
        tx.is_subset(ty, &mut |p, q| ops::eq(rt, p, q))?,
    ))
}
fn s_issubset(rt: &mut Runtime, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    subset_test(rt, a, false)
}
fn s_issuperset(rt: &mut Runtime, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    subset_test(rt, a, true)
}
fn s_isdisjoint(rt: &mut Runtime, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity(rt, "isdisjoint", a.len() - 1, 1, 1)?;
    let other = set::set_from_iterable(rt, a[1])?;
    let (tx, ty) = (set::table(a[0]), set::table(other));
    Ok(Value::bool(
        tx.is_disjoint(ty, &mut |p, q| ops::eq(rt, p, q))?,
    ))
}

fn s_symmetric_difference_update(rt: &mut Runtime, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity(rt, "symmetric_difference_update", a.len() - 1, 1, 1)?;
    if a[1] == a[0] {
        set::table(a[0]).clear();
        return Ok(Value::NONE);
    }
    let other = if kind_of(a[1]) == Some(Kind::Set) {
        a[1]
    } else {
        set::set_from_iterable(rt, a[1])?
    };
    set::set_binary_op(rt, ops::BinOp::Xor, true, a[0], other)?;
    Ok(Value::NONE)
}

pub const SET_METHODS: &[(&str, BuiltinFn)] = &[
    ("symmetric_difference_update", s_symmetric_difference_update),
    ("add", s_add),
    ("remove", s_remove),
    ("discard", s_discard),
    ("pop", s_pop),
    ("clear", s_clear),
    ("copy", s_copy),
    ("update", s_update),
    ("union", s_union),
    ("intersection", s_intersection),
    ("difference", s_difference),
    ("symmetric_difference", s_symmetric_difference),
    ("intersection_update", s_intersection_update),
    ("difference_update", s_difference_update),
    ("issubset", s_issubset),
    ("issuperset", s_issuperset),
    ("isdisjoint", s_isdisjoint),
];

pub const FROZENSET_METHODS: &[(&str, BuiltinFn)] = &[
    ("copy", s_copy),
    ("union", s_union),
    ("intersection", s_intersection),
    ("difference", s_difference),
    ("symmetric_difference", s_symmetric_difference),
    ("issubset", s_issubset),
    ("issuperset", s_issuperset),
    ("isdisjoint", s_isdisjoint),
];
