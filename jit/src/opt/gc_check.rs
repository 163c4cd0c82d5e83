//! Dropping collection checks where nothing could have allocated since the last one.
//!
//! A loop body always keeps its `GC_CHECK`: besides a collection due, the flag it reads is
//! how SIGINT reaches a running loop (`pyjit_runtime::signals`), so every loop of native
//! code must look at it once per iteration.
//!
//! A side trace's own check goes when neither it nor any trace on the way to it (its root,
//! pre-roll included, and the side traces it grows from) calls a helper (`Ins::calls_helper`,
//! the only way to allocate): then no path through them allocates, and a signal is seen at
//! the next check of the loop it joins.

use crate::ir::{Ins, Op, Trace};

/// `quiet_above`: `t` is a side trace, and the traces it grows from call no helper.
pub fn run(t: &mut Trace, quiet_above: bool) {
    let is_side = !t.ins.iter().any(|i| i.op == Op::LOOP);
    if !is_side || !quiet_above || t.ins.iter().any(|i| i.calls_helper()) {
        return;
    }
    for ins in &mut t.ins {
        if ins.op == Op::GC_CHECK {
            *ins = Ins::removed();
        }
    }
}
