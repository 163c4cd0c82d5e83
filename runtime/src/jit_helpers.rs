//! What native trace code needs from the runtime: object layouts it reads directly (found
//! once at start-up, with `offset_of!` or by probing a live value, never assumed) and the
//! `extern "C"` helpers it calls. Helpers here never run Python code, never collect and never
//! raise: a trace calls them with values in registers the collector cannot see.

use crate::float;
use crate::gc::{Obj, payload};
use crate::object::PyIter;
use crate::rt::Runtime;
use crate::value::{SMALL_INT_MAX, SMALL_INT_MIN, Value};
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
    Layout {
        range_cur: off(cur),
        range_stop: off(stop),
        range_step: off(step),
        heap_pending: (offset_of!(Runtime, heap) + offset_of!(crate::gc::Heap, pending)) as i32,
    }
}

fn small(x: i128) -> bool {
    (SMALL_INT_MIN as i128..=SMALL_INT_MAX as i128).contains(&x)
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
