//! Dropping collection checks where nothing could have allocated since the last one.
//!
//! Only runtime helpers allocate (`Ins::calls_helper`). If a loop body calls none, the
//! heap's pending flag cannot change while the loop runs, so the body's `GC_CHECK` could
//! only fail on the first pass, and the pre-roll has already checked it then. Side traces
//! that join the loop end with a check of their own, so a collection that a side path makes
//! due is still noticed before the next pass.
//!
//! A side trace's own check goes too when neither it nor any trace on the way to it (its
//! root, pre-roll included, and the side traces it grows from) calls a helper: then no
//! path through them allocates.

use crate::ir::{Ins, Op, Trace};

/// `quiet_above`: `t` is a side trace, and the traces it grows from call no helper.
pub fn run(t: &mut Trace, quiet_above: bool) {
    let from = match t.ins.iter().position(|i| i.op == Op::LOOP) {
        Some(body) => body,
        None if quiet_above => 0,
        None => return,
    };
    if t.ins[from..].iter().any(|i| i.calls_helper()) {
        return;
    }
    for ins in &mut t.ins[from..] {
        if ins.op == Op::GC_CHECK {
            *ins = Ins::removed();
        }
    }
}
