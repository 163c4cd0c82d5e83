//! The optimizer: folding and CSE run as instructions are emitted (`Emitter`), then whole-
//! trace passes run in order, with the IR checker between them in debug builds.

pub mod bounds;
pub mod check;
pub mod cse;
pub mod dce;
pub mod dead_slots;
pub mod fold;
pub mod gc_check;
pub mod induction;
pub mod loop_peel;
pub mod memory;

use crate::abort::{Abort, JitResult, Reason};
use crate::ir::{Ins, IrRef, Trace};
use cse::Cse;
use fold::Fold;

/// Emits instructions through folding and CSE.
#[derive(Default, Clone)]
pub struct Emitter {
    pub cse: Cse,
}

impl Emitter {
    /// Emits `ins` (or finds it already computed, or folds it away). A guard that can
    /// never hold aborts the trace.
    pub fn emit(&mut self, t: &mut Trace, ins: Ins) -> JitResult<IrRef> {
        match fold::fold(t, ins) {
            Fold::Same(r) => Ok(r),
            Fold::Fails => Err(Abort::new(Reason::GuardFails, ins.op.name())),
            Fold::Const(op, ty, bits) => {
                let mut k = Ins::new(op, IrRef::NONE, IrRef::NONE, bits);
                k.ty = ty;
                Ok(self.finish(t, k))
            }
            Fold::Emit(i) => Ok(self.finish(t, i)),
        }
    }

    fn finish(&mut self, t: &mut Trace, ins: Ins) -> IrRef {
        if let Some(r) = self.cse.lookup(&ins) {
            return r;
        }
        let r = t.push(ins);
        self.cse.insert(t, r);
        r
    }
}

/// Runs the passes after recording: the loop pass (peeling, which also hoists invariant
/// guards and loads through CSE), one bounds check per index in the body, no sign checks
/// on range-loop indices in the body (`induction`), dropping the
/// body's collection check where the body cannot allocate, dropping dead locals from
/// snapshots, then dead-code elimination.
/// `quiet_above`: `t` is a side trace and the traces it grows from call no helper.
/// `live`: the liveness of the trace frame's locals and the loop header's pc, if known
/// (see `dead_slots`).
pub fn optimize(
    t: &mut Trace,
    em: Emitter,
    quiet_above: bool,
    live: Option<(u32, dead_slots::Live)>,
) -> JitResult<()> {
    check::check(t, "recording");
    // A side trace runs once per exit taken and ends by linking back: nothing to peel.
    if !t.ins.iter().any(|i| i.op == crate::ir::Op::LINK) {
        loop_peel::run(t, em)?;
    }
    check::check(t, "loop");
    bounds::run(t);
    check::check(t, "bounds");
    induction::run(t);
    check::check(t, "induction");
    gc_check::run(t, quiet_above);
    if let Some((header, live)) = live {
        dead_slots::run(t, header, live);
    }
    dce::run(t);
    check::check(t, "dce");
    Ok(())
}
