//! `collections.deque`, native (CPython's is C): a ring buffer with an optional `maxlen`.
//! `state` counts mutations so iterators can detect a deque changed under them.

use crate::builtins::{arity, index_arg, no_kwargs, split_kw};
use crate::gc::{kind_of, payload, payload_unchecked};
use crate::object::*;
use crate::value::Value;
use crate::{PyResult, Runtime, ops, seq};
use std::collections::VecDeque;

pub fn deque_of(v: Value) -> Option<&'static mut PyDeque> {
    payload::<PyDeque>(v)
}

fn dq(v: Value) -> &'static mut PyDeque {
    payload_unchecked::<PyDeque>(v)
}

pub fn new_deque(rt: &mut Runtime, items: VecDeque<Value>, maxlen: Option<usize>) -> Value {
    rt.heap.alloc(PyDeque {
        items,
        maxlen,
        state: 0,
    })
}

/// Appends on the right, dropping from the left past `maxlen`.
fn push_back(d: &mut PyDeque, v: Value) {
    d.state += 1;
    if d.maxlen == Some(0) {
        return;
    }
    d.items.push_back(v);
    if let Some(m) = d.maxlen
        && d.items.len() > m
    {
        d.items.pop_front();
    }
}

fn push_front(d: &mut PyDeque, v: Value) {
    d.state += 1;
    if d.maxlen == Some(0) {
        return;
    }
    d.items.push_front(v);
    if let Some(m) = d.maxlen
        && d.items.len() > m
    {
        d.items.pop_back();
    }
}

/// `deque(iterable=(), maxlen=None)`.
pub fn t_deque(rt: &mut Runtime, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (pos, kws) = split_kw(rt, args, kwnames);
    let mut a: Vec<Option<Value>> = pos.iter().map(|&v| Some(v)).collect();
    if a.len() > 2 {
        let n = a.len();
        return Err(rt.type_error(format!("deque() takes at most 2 arguments ({n} given)")));
    }
    a.resize(2, None);
    for (k, v) in kws {
        match k {
            "iterable" => a[0] = Some(v),
            "maxlen" => a[1] = Some(v),
            other => {
                return Err(rt.type_error(format!(
                    "deque() got an unexpected keyword argument '{other}'"
                )));
            }
        }
    }
    let maxlen = match a[1] {
        Some(m) if !m.is_none() => {
            let n = index_arg(rt, m)?;
            if n < 0 {
                return Err(rt.value_error("maxlen must be non-negative"));
            }
            Some(n as usize)
        }
        _ => None,
    };
    let d = new_deque(rt, VecDeque::new(), maxlen);
    if let Some(it) = a[0] {
        rt.temp_roots.push(d);
        let items = seq::to_vec(rt, it);
        rt.temp_roots.pop();
        for v in items? {
            push_back(dq(d), v);
        }
        dq(d).state = 0;
    }
    Ok(d)
}

fn d_append(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "append", k)?;
    arity(rt, "deque.append", a.len() - 1, 1, 1)?;
    push_back(dq(a[0]), a[1]);
    Ok(Value::NONE)
}

fn d_appendleft(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "appendleft", k)?;
    arity(rt, "deque.appendleft", a.len() - 1, 1, 1)?;
    push_front(dq(a[0]), a[1]);
    Ok(Value::NONE)
}

fn d_pop(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "pop", k)?;
    arity(rt, "deque.pop", a.len() - 1, 0, 0)?;
    let d = dq(a[0]);
    d.state += 1;
    match d.items.pop_back() {
        Some(v) => Ok(v),
        None => Err(rt.index_error("pop from an empty deque")),
    }
}

fn d_popleft(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "popleft", k)?;
    arity(rt, "deque.popleft", a.len() - 1, 0, 0)?;
    let d = dq(a[0]);
    d.state += 1;
    match d.items.pop_front() {
        Some(v) => Ok(v),
        None => Err(rt.index_error("pop from an empty deque")),
    }
}

fn d_extend(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "extend", k)?;
    arity(rt, "deque.extend", a.len() - 1, 1, 1)?;
    let items = if a[1] == a[0] {
        dq(a[0]).items.iter().copied().collect()
    } else {
        seq::to_vec(rt, a[1])?
    };
    for v in items {
        push_back(dq(a[0]), v);
    }
    Ok(Value::NONE)
}

fn d_extendleft(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "extendleft", k)?;
    arity(rt, "deque.extendleft", a.len() - 1, 1, 1)?;
    let items = if a[1] == a[0] {
        dq(a[0]).items.iter().copied().collect()
    } else {
        seq::to_vec(rt, a[1])?
    };
    for v in items {
        push_front(dq(a[0]), v);
    }
    Ok(Value::NONE)
}

fn d_rotate(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "rotate", k)?;
    arity(rt, "deque.rotate", a.len() - 1, 0, 1)?;
    let n = match a.get(1) {
        Some(&v) => index_arg(rt, v)?,
        None => 1,
    };
    let d = dq(a[0]);
    let len = d.items.len() as i64;
    d.state += 1;
    if len > 1 {
        let r = n.rem_euclid(len) as usize;
        d.items.rotate_right(r);
    }
    Ok(Value::NONE)
}

fn d_clear(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "clear", k)?;
    let d = dq(a[0]);
    d.state += 1;
    d.items.clear();
    Ok(Value::NONE)
}

fn d_count(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "count", k)?;
    arity(rt, "deque.count", a.len() - 1, 1, 1)?;
    let items: Vec<Value> = dq(a[0]).items.iter().copied().collect();
    let state = dq(a[0]).state;
    let mut n = 0;
    for x in items {
        if x == a[1] || ops::eq(rt, x, a[1])? {
            n += 1;
        }
        if dq(a[0]).state != state {
            return Err(rt.new_error(rt.t.runtime_error, "deque mutated during iteration"));
        }
    }
    Ok(Value::small_int(n))
}

fn find(
    rt: &mut Runtime,
    d: Value,
    x: Value,
    start: usize,
    stop: usize,
) -> PyResult<Option<usize>> {
    let state = dq(d).state;
    for i in start..stop.min(dq(d).items.len()) {
        let y = dq(d).items[i];
        if y == x || ops::eq(rt, y, x)? {
            return Ok(Some(i));
        }
        if dq(d).state != state {
            return Err(rt.new_error(rt.t.runtime_error, "deque mutated during iteration"));
        }
    }
    Ok(None)
}

fn d_index(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "index", k)?;
    arity(rt, "deque.index", a.len() - 1, 1, 3)?;
    let n = dq(a[0]).items.len() as i64;
    let norm = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    let start = match a.get(2) {
        Some(&v) => norm(index_arg(rt, v)?),
        None => 0,
    };
    let stop = match a.get(3) {
        Some(&v) => norm(index_arg(rt, v)?),
        None => n as usize,
    };
    match find(rt, a[0], a[1], start, stop)? {
        Some(i) => Ok(Value::small_int(i as i64)),
        None => {
            let r = crate::repr::repr(rt, a[1])?;
            Err(rt.value_error(format!("{r} is not in deque")))
        }
    }
}

fn d_remove(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "remove", k)?;
    arity(rt, "deque.remove", a.len() - 1, 1, 1)?;
    let n = dq(a[0]).items.len();
    match find(rt, a[0], a[1], 0, n)? {
        Some(i) => {
            let d = dq(a[0]);
            d.state += 1;
            d.items.remove(i);
            Ok(Value::NONE)
        }
        None => {
            let r = crate::repr::repr(rt, a[1])?;
            Err(rt.value_error(format!("{r} is not in deque")))
        }
    }
}

fn d_reverse(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "reverse", k)?;
    let d = dq(a[0]);
    d.state += 1;
    d.items.make_contiguous().reverse();
    Ok(Value::NONE)
}

fn d_copy(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "copy", k)?;
    let (items, maxlen) = (dq(a[0]).items.clone(), dq(a[0]).maxlen);
    Ok(new_deque(rt, items, maxlen))
}

fn d_insert(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "insert", k)?;
    arity(rt, "deque.insert", a.len() - 1, 2, 2)?;
    let i = index_arg(rt, a[1])?;
    let d = dq(a[0]);
    if d.maxlen == Some(d.items.len()) {
        return Err(rt.index_error("deque already at its maximum size"));
    }
    let n = d.items.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    d.state += 1;
    d.items.insert(at, a[2]);
    Ok(Value::NONE)
}

pub const METHODS: &[(&str, BuiltinFn)] = &[
    ("append", d_append),
    ("appendleft", d_appendleft),
    ("pop", d_pop),
    ("popleft", d_popleft),
    ("extend", d_extend),
    ("extendleft", d_extendleft),
    ("rotate", d_rotate),
    ("clear", d_clear),
    ("count", d_count),
    ("index", d_index),
    ("remove", d_remove),
    ("reverse", d_reverse),
    ("copy", d_copy),
    ("__copy__", d_copy),
    ("insert", d_insert),
];

fn index_of(rt: &mut Runtime, d: Value, key: Value) -> PyResult<usize> {
    if kind_of(key) == Some(Kind::Slice) || (!crate::int::is_int(key) && !key.is_bool()) {
        if crate::dunder::is_instance(key)
            && let Some(r) = crate::dunder::convert(rt, key, "__index__")?
        {
            return index_of(rt, d, r);
        }
        let t = rt.type_name(key);
        return Err(rt.type_error(format!("sequence index must be integer, not '{t}'")));
    }
    let i = index_arg(rt, key)?;
    match seq::norm_index(i, dq(d).items.len()) {
        Some(j) => Ok(j),
        None => Err(rt.index_error("deque index out of range")),
    }
}

pub fn getitem(rt: &mut Runtime, d: Value, key: Value) -> PyResult<Value> {
    let i = index_of(rt, d, key)?;
    Ok(dq(d).items[i])
}

pub fn setitem(rt: &mut Runtime, d: Value, key: Value, v: Value) -> PyResult<()> {
    let i = index_of(rt, d, key)?;
    dq(d).items[i] = v;
    Ok(())
}

pub fn delitem(rt: &mut Runtime, d: Value, key: Value) -> PyResult<()> {
    let i = index_of(rt, d, key)?;
    let q = dq(d);
    q.state += 1;
    q.items.remove(i);
    Ok(())
}

pub fn to_vec(d: Value) -> Vec<Value> {
    dq(d).items.iter().copied().collect()
}

/// `deque + deque`, `deque * n`, `+=` (any iterable), `*=`.
pub fn binary_op(
    rt: &mut Runtime,
    op: ops::BinOp,
    inplace: bool,
    a: Value,
    b: Value,
) -> PyResult<Option<Value>> {
    let Some(da) = deque_of(a) else {
        if op == ops::BinOp::Mul && deque_of(b).is_some() && crate::int::is_int(a) {
            return binary_op(rt, op, false, b, a);
        }
        return Ok(None);
    };
    match op {
        ops::BinOp::Add if inplace => {
            d_extend(rt, &[a, b], &[])?;
            Ok(Some(a))
        }
        ops::BinOp::Add => {
            let Some(db) = deque_of(b) else {
                let t = rt.type_name(b);
                return Err(
                    rt.type_error(format!("can only concatenate deque (not \"{t}\") to deque"))
                );
            };
            let mut items = da.items.clone();
            items.extend(db.items.iter().copied());
            let maxlen = da.maxlen;
            let r = new_deque(rt, VecDeque::new(), maxlen);
            for v in items {
                push_back(dq(r), v);
            }
            Ok(Some(r))
        }
        ops::BinOp::Mul if crate::int::is_int(b) => {
            let n = crate::int::to_i64(b).unwrap_or(0).max(0) as usize;
            let target = if inplace {
                a
            } else {
                let m = da.maxlen;
                new_deque(rt, VecDeque::new(), m)
            };
            let items: Vec<Value> = da.items.iter().copied().collect();
            if inplace {
                let q = dq(a);
                q.state += 1;
                q.items.clear();
            }
            for _ in 0..n {
                for &v in &items {
                    push_back(dq(target), v);
                }
            }
            Ok(Some(target))
        }
        _ => Ok(None),
    }
}

/// `repr(d)`: `deque([1, 2])` or `deque([1, 2], maxlen=3)`.
pub fn repr_parts(d: Value) -> (Vec<Value>, Option<usize>) {
    (to_vec(d), dq(d).maxlen)
}

pub fn maxlen_value(d: Value) -> Value {
    match dq(d).maxlen {
        Some(m) => Value::small_int(m as i64),
        None => Value::NONE,
    }
}
