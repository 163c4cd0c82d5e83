//! Dropping dead locals from snapshots: a local that the code after an exit writes before
//! it reads (see `pyjit_interp::liveness`) needs no value when the trace leaves there. The
//! frame keeps what it held, which nothing reads. Without these entries a loop-carried
//! temporary (the previous pass's `dx`, say) is no longer kept alive by every exit, so DCE
//! can drop its PHI, and exits store less.
//!
//! Only the trace's own frame is trimmed (slots below `nlocals`): an inlined call's frame
//! is built from the trace's slots when the trace leaves, so all of its slots must hold
//! values. The value stack is always live.

use crate::ir::Trace;

/// Whether local `slot` (second argument) may be read from instruction `pc` (first) on.
pub type Live<'a> = &'a dyn Fn(u32, u32) -> bool;

/// `live(pc, slot)`: local `slot` of the trace's frame may be read from instruction `pc`
/// on. `header`: the loop header's pc, where the trace's end state is taken.
pub fn run(t: &mut Trace, header: u32, live: Live) {
    let nlocals = t.nlocals;
    for sn in &mut t.snaps {
        let pc = sn.pc;
        sn.slots.retain(|&(s, _)| s >= nlocals || live(pc, s));
    }
    t.end_slots
        .retain(|&(s, _)| s >= nlocals || live(header, s));
    t.dead_at_header = (0..nlocals).filter(|&s| !live(header, s)).collect();
}
