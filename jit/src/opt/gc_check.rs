//! Dropping the loop body's collection check when the body cannot allocate.
//!
//! Only runtime helpers allocate (ops flagged `CALL`). If the loop body calls none, the
//! heap's pending flag cannot change while the loop runs, so the body's `GC_CHECK` could
//! only fail on the first pass, and the pre-roll has already checked it then. Side traces
//! that join the loop end with a check of their own, so a collection that a side path makes
//! due is still noticed before the next pass.

use crate::ir::{Ins, Op, Trace};

pub fn run(t: &mut Trace) {
    let Some(body) = t.ins.iter().position(|i| i.op == Op::LOOP) else {
        return;
    };
    if t.ins[body..].iter().any(|i| i.op.is_call()) {
        return;
    }
    for ins in &mut t.ins[body..] {
        if ins.op == Op::GC_CHECK {
            *ins = Ins::removed();
        }
    }
}
