//! What native trace code needs from the runtime: object layouts it reads directly (found
//! once at start-up, with `offset_of!` or by probing a live value, never assumed) and the
//! `extern "C"` helpers it calls. Helpers here never run Python code, never collect and never
//! raise: a trace calls them with values in registers the collector cannot see.

use crate::float;
use crate::gc::{Obj, payload};
use crate::object::{PyCell, PyIter, PyList, PyTuple};
use crate::rt::Runtime;
use crate::value::Value;
use std::mem::offset_of;

#[cfg(not(target_endian = "little"))]
compile_error!("traces store i128 range state as two little-endian words");

/// Byte offsets native code uses.
#[derive(Clone, Copy, Debug)]
pub struct Layout {
    /// `PyIter::Range`'s `cur`, `stop` and `step` (i128 each, low word first), from the
    /// object's header address.
    pub range_cur: i32,
    pub range_stop: i32,
    pub range_step: i32,
    /// `Runtime::heap.pending` (a bool) from the runtime's address.
    pub heap_pending: i32,
    /// A list's item pointer and length (words of its `Vec`), from the header address.
    pub list_items: i32,
    pub list_len: i32,
    /// A tuple's item pointer and length (words of its boxed slice).
    pub tuple_items: i32,
    pub tuple_len: i32,
    /// `PyIter::Seq`'s `seq` (a Value) and `idx` (a usize).
    pub seq_iter_seq: i32,
    pub seq_iter_idx: i32,
    /// A cell's contents.
    pub cell_value: i32,
}

/// Byte offsets of the data pointer and the length among the words of `w`, a value made
/// of pointer-sized words holding `ptr`, `len` and maybe a capacity different from both.
fn find_words(w: &[usize], ptr: usize, len: usize) -> (i32, i32) {
    let p = w.iter().position(|&x| x == ptr).expect("pointer word");
    let l = w.iter().position(|&x| x == len).expect("length word");
    ((p * 8) as i32, (l * 8) as i32)
}

/// Finds the layouts. Field offsets inside an enum variant are not nameable with
/// `offset_of!`, so they are measured on a probe value: taking the address of a field
/// through a reference is well defined, whatever layout rustc chose.
pub fn layout() -> Layout {
    let probe = PyIter::Range {
        cur: 1,
        stop: 2,
        step: 3,
    };
    let base = &probe as *const PyIter as usize;
    let PyIter::Range { cur, stop, step } = &probe else {
        unreachable!()
    };
    let off = |f: &i128| (f as *const i128 as usize - base + offset_of!(Obj<PyIter>, data)) as i32;
    let mut v: Vec<Value> = Vec::with_capacity(11);
    v.extend([Value::NONE; 3]);
    assert_eq!(std::mem::size_of::<Vec<Value>>(), 24);
    // SAFETY: a Vec is three initialized pointer-sized words (pointer, capacity, length in
    // some order); they are only compared, never used as a Vec.
    let words: [usize; 3] = unsafe { std::mem::transmute_copy(&v) };
    let (list_items, list_len) = find_words(&words, v.as_ptr() as usize, 3);
    let b: Box<[Value]> = vec![Value::NONE; 5].into_boxed_slice();
    assert_eq!(std::mem::size_of::<Box<[Value]>>(), 16);
    // SAFETY: a boxed slice is a pointer and a length, both initialized words.
    let words: [usize; 2] = unsafe { std::mem::transmute_copy(&b) };
    let (tuple_items, tuple_len) = find_words(&words, b.as_ptr() as usize, 5);
    let list_data = offset_of!(Obj<PyList>, data) as i32;
    let tuple_data = offset_of!(Obj<PyTuple>, data) as i32;
    let seq_probe = PyIter::Seq {
        seq: Value::NONE,
        idx: 0,
    };
    let sbase = &seq_probe as *const PyIter as usize;
    let PyIter::Seq { seq, idx } = &seq_probe else {
        unreachable!()
    };
    let iter_data = offset_of!(Obj<PyIter>, data);
    Layout {
        list_items: list_data + list_items,
        list_len: list_data + list_len,
        tuple_items: tuple_data + tuple_items,
        tuple_len: tuple_data + tuple_len,
        seq_iter_seq: (seq as *const Value as usize - sbase + iter_data) as i32,
        seq_iter_idx: (idx as *const usize as usize - sbase + iter_data) as i32,
        cell_value: offset_of!(Obj<PyCell>, data) as i32,
        range_cur: off(cur),
        range_stop: off(stop),
        range_step: off(step),
        heap_pending: (offset_of!(Runtime, heap) + offset_of!(crate::gc::Heap, pending)) as i32,
    }
}

fn small(x: i128) -> bool {
    i64::try_from(x).is_ok_and(Value::fits_small)
}

/// 1 if `it` is a range iterator whose position, stop and step are all small ints (so a
/// trace may step it in i64 arithmetic), else 0.
pub extern "C" fn range_iter_ok(it: u64) -> u64 {
    match payload::<PyIter>(Value(it)) {
        Some(PyIter::Range { cur, stop, step }) => {
            (small(*cur) && small(*stop) && small(*step)) as u64
        }
        _ => 0,
    }
}

/// Python's float `%` (the caller has checked `b != 0`).
pub extern "C" fn float_mod(a: f64, b: f64) -> f64 {
    float::divmod_f(a, b).1
}

/// Python's float `//` (the caller has checked `b != 0`).
pub extern "C" fn float_floordiv(a: f64, b: f64) -> f64 {
    float::divmod_f(a, b).0
}

/// The kind of sequence (`Kind as u64 + 1`) a list or tuple iterator walks, else 0.
pub extern "C" fn seq_iter_kind(it: u64) -> u64 {
    match payload::<PyIter>(Value(it)) {
        Some(PyIter::Seq { seq, .. }) => crate::gc::kind_of(*seq).map_or(0, |k| k as u64 + 1),
        _ => 0,
    }
}

/// The value of global `name` (a str) as `LOAD_GLOBAL` finds it: in `globals`, else in the
/// builtins; `NULL` if neither has it. Reads two dicts; runs no Python code (str keys
/// compare by contents, other keys only by identity).
///
/// # Safety
/// `rt` points to the live runtime; `globals` is a dict and `name` a str.
pub unsafe extern "C" fn global_lookup(rt: *const Runtime, globals: u64, name: u64) -> u64 {
    // SAFETY: the trace passes the runtime it runs in; this only reads `builtins`.
    let builtins = unsafe { (*rt).builtins };
    for d in [Value(globals), builtins] {
        if let Some(i) = crate::attr::dict_index_str(d, Value(name))
            && let Some((_, v)) = crate::gc::payload_unchecked::<crate::object::PyDict>(d)
                .0
                .entry_at(i)
        {
            return v.0;
        }
    }
    Value::NULL.0
}
