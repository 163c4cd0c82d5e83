//! `_heapq`: the heap primitives in Rust (as CPython has them in C). `heapq.py` imports them
//! over its Python definitions; the sift algorithms are CPython's, so heaps have exactly
//! CPython's layout and user `__lt__` methods see the same calls.

use super::make_module;
use crate::builtins::{arity, no_kwargs};
use crate::gc::{payload, payload_unchecked};
use crate::object::{BuiltinFn, PyList};
use crate::value::Value;
use crate::{PyResult, Runtime, ops};

fn heap_arg(rt: &mut Runtime, v: Value, name: &str) -> PyResult<()> {
    if payload::<PyList>(v).is_none() {
        let t = rt.type_name(v);
        return Err(rt.type_error(format!("{name}() argument 1 must be list, not {t}")));
    }
    Ok(())
}

fn items(v: Value) -> &'static mut Vec<Value> {
    &mut payload_unchecked::<PyList>(v).0
}

fn lt_checked(rt: &mut Runtime, heap: Value, a: Value, b: Value, size: usize) -> PyResult<bool> {
    let r = ops::less_than(rt, a, b)?;
    if items(heap).len() != size {
        return Err(rt.new_error(rt.t.runtime_error, "list changed size during iteration"));
    }
    Ok(r)
}

fn sift_down(rt: &mut Runtime, heap: Value, start: usize, mut pos: usize) -> PyResult<()> {
    let size = items(heap).len();
    let newitem = items(heap)[pos];
    while pos > start {
        let parentpos = (pos - 1) >> 1;
        let parent = items(heap)[parentpos];
        if lt_checked(rt, heap, newitem, parent, size)? {
            items(heap)[pos] = parent;
            pos = parentpos;
            continue;
        }
        break;
    }
    items(heap)[pos] = newitem;
    Ok(())
}

fn sift_up(rt: &mut Runtime, heap: Value, mut pos: usize) -> PyResult<()> {
    let size = items(heap).len();
    let start = pos;
    let newitem = items(heap)[pos];
    let mut child = 2 * pos + 1;
    while child < size {
        let right = child + 1;
        if right < size {
            let (c, r) = (items(heap)[child], items(heap)[right]);
            if !lt_checked(rt, heap, c, r, size)? {
                child = right;
            }
        }
        items(heap)[pos] = items(heap)[child];
        pos = child;
        child = 2 * pos + 1;
    }
    items(heap)[pos] = newitem;
    sift_down(rt, heap, start, pos)
}

fn heappush(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "heappush", k)?;
    arity(rt, "heappush", a.len(), 2, 2)?;
    heap_arg(rt, a[0], "heappush")?;
    items(a[0]).push(a[1]);
    let n = items(a[0]).len();
    sift_down(rt, a[0], 0, n - 1)?;
    Ok(Value::NONE)
}

fn heappop(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "heappop", k)?;
    arity(rt, "heappop", a.len(), 1, 1)?;
    heap_arg(rt, a[0], "heappop")?;
    let Some(last) = items(a[0]).pop() else {
        return Err(rt.index_error("index out of range"));
    };
    if items(a[0]).is_empty() {
        return Ok(last);
    }
    let ret = std::mem::replace(&mut items(a[0])[0], last);
    // `ret` is out of the list while comparisons may run Python code: keep it rooted.
    rt.temp_roots.push(ret);
    let r = sift_up(rt, a[0], 0);
    rt.temp_roots.pop();
    r.map(|_| ret)
}

fn heapreplace(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "heapreplace", k)?;
    arity(rt, "heapreplace", a.len(), 2, 2)?;
    heap_arg(rt, a[0], "heapreplace")?;
    if items(a[0]).is_empty() {
        return Err(rt.index_error("index out of range"));
    }
    let ret = std::mem::replace(&mut items(a[0])[0], a[1]);
    rt.temp_roots.push(ret);
    let r = sift_up(rt, a[0], 0);
    rt.temp_roots.pop();
    r.map(|_| ret)
}

fn heappushpop(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "heappushpop", k)?;
    arity(rt, "heappushpop", a.len(), 2, 2)?;
    heap_arg(rt, a[0], "heappushpop")?;
    if items(a[0]).is_empty() {
        return Ok(a[1]);
    }
    let top = items(a[0])[0];
    if !ops::less_than(rt, top, a[1])? {
        return Ok(a[1]);
    }
    if items(a[0]).is_empty() {
        return Err(rt.index_error("index out of range"));
    }
    let ret = std::mem::replace(&mut items(a[0])[0], a[1]);
    rt.temp_roots.push(ret);
    let r = sift_up(rt, a[0], 0);
    rt.temp_roots.pop();
    r.map(|_| ret)
}

fn heapify(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "heapify", k)?;
    arity(rt, "heapify", a.len(), 1, 1)?;
    heap_arg(rt, a[0], "heapify")?;
    let n = items(a[0]).len();
    for i in (0..n / 2).rev() {
        sift_up(rt, a[0], i)?;
    }
    Ok(Value::NONE)
}

const FUNCTIONS: &[(&str, BuiltinFn)] = &[
    ("heappush", heappush),
    ("heappop", heappop),
    ("heapreplace", heapreplace),
    ("heappushpop", heappushpop),
    ("heapify", heapify),
];

pub fn create(rt: &mut Runtime) -> Value {
    make_module(rt, "_heapq", FUNCTIONS, &[])
}
