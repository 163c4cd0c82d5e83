//! The loop pass (LuaJIT's LOOP): the recorded iteration stays as a peeled first iteration
//! (the pre-roll), and a copy of it, emitted through folding and CSE, becomes the loop body.
//! Whatever the copy finds already computed is invariant and stays out of the body, guards
//! included: a type guard on the loop counter checked in the pre-roll is not checked again.
//!
//! Rules the copy keeps (see the module docs of `ir`):
//! - `subst[r]` is the body's version of pre-roll value `r`. An entry load `SLOAD s` becomes
//!   the value slot `s` held at the end of the pre-roll, boxed as the entry load was (or
//!   stays itself if the iteration never writes `s`).
//! - Inside the body a pre-roll value means "its value in the previous iteration". So every
//!   pre-roll value the body uses whose copy differs from itself (a *variant* value) gets a
//!   `PHI(r, subst[r])`: at each back-edge `r` takes its copy's value, all PHIs at once.
//! - A body snapshot starts from the slots written by the end of the pre-roll, then applies
//!   the copied guard's own slots.
//! - A body load that CSE finds already done in the pre-roll (hoisted) assumes its memory
//!   unchanged since, and so does every pre-roll value the body computes from it: an
//!   invariant one adds its classes to `Trace::hoisted`; a variant one (the previous
//!   iteration's value, a PHI) marks its PHI with them (the PHI's `imm`): the PHI stands
//!   for what memory holds at the header. Nothing else may write those classes between
//!   iterations, and no slot may stand in for such a PHI (see `memory` and
//!   `backend::exits::link_args`).

use super::Emitter;
use super::memory::{self, Mem};
use crate::abort::{Abort, JitResult, Reason};
use crate::ir::{Ins, IrRef, Op, Snapshot, Trace, Ty};
use std::collections::BTreeMap;

pub fn run(t: &mut Trace, mut em: Emitter) -> JitResult<()> {
    let n = t.ins.len();
    let end: BTreeMap<u32, IrRef> = t.end_slots.iter().copied().collect();
    let mut subst = vec![IrRef::NONE; n];
    // For snapshots, an entry load's body version unboxed (exits box by type anyway, and a
    // box used only by snapshots would be computed in the loop for nothing).
    let mut snap_val = vec![IrRef::NONE; n];
    t.push(Ins::new(Op::LOOP, IrRef::NONE, IrRef::NONE, 0));
    let body_start = t.ins.len();
    let first_body_snap = t.snaps.len();
    // Pre-roll values the body takes as what memory holds (see `taint`).
    let mut from_memory: BTreeMap<IrRef, Mem> = BTreeMap::new();
    for i in 0..n {
        let ins = t.ins[i];
        subst[i] = match ins.op {
            // A slot's value at the end of the iteration, as the word the slot holds: the
            // pre-roll used the entry load as a boxed value (a store, an append, an
            // identity test), so an unboxed end value is boxed here; unboxing guards on it
            // fold the box away again.
            Op::SLOAD => match end.get(&(ins.imm as u32)) {
                None => IrRef(i as u32),
                Some(&v) => {
                    snap_val[i] = v;
                    let boxing = match t.ty(v) {
                        Ty::Int => Some(Op::BOX_INT),
                        Ty::Float => Some(Op::BOX_FLOAT),
                        Ty::Bool => Some(Op::BOX_BOOL),
                        _ => None,
                    };
                    match boxing {
                        Some(op) => {
                            let c = Ins::new(op, v, IrRef::NONE, 0);
                            let r = em.emit(t, c)?;
                            taint(&mut from_memory, &c, r, body_start);
                            r
                        }
                        None => v,
                    }
                }
            },
            op if op.is_const() => IrRef(i as u32),
            _ => {
                let mut c = ins;
                if c.a != IrRef::NONE {
                    c.a = subst[c.a.idx()];
                }
                if c.b != IrRef::NONE {
                    c.b = subst[c.b.idx()];
                }
                if ins.snap != u32::MAX {
                    let sn = body_snapshot(t, &t.snaps[ins.snap as usize], &subst, &snap_val, &end);
                    c.snap = t.add_snapshot(sn, first_body_snap);
                }
                let r = em.emit(t, c)?;
                taint(&mut from_memory, &c, r, body_start);
                r
            }
        };
    }
    // PHIs for the variant pre-roll values the body uses (operands and snapshots), and for
    // the values those PHIs carry in, until no new one is needed.
    let mut need: Vec<IrRef> = Vec::new();
    let mut seen = vec![false; n];
    let mut mark = |r: IrRef, need: &mut Vec<IrRef>| {
        if r != IrRef::NONE && r.idx() < n && !seen[r.idx()] {
            seen[r.idx()] = true;
            need.push(r);
        }
    };
    for i in body_start..t.ins.len() {
        let ins = t.ins[i];
        for a in ins.args() {
            mark(a, &mut need);
        }
        if ins.snap != u32::MAX {
            for &(_, r) in &t.snaps[ins.snap as usize].slots {
                mark(r, &mut need);
            }
        }
    }
    let mut phis: Vec<(IrRef, IrRef)> = Vec::new();
    let mut k = 0;
    while k < need.len() {
        let r = need[k];
        k += 1;
        let s = subst[r.idx()];
        if s == r || s == IrRef::NONE {
            continue;
        }
        mark(s, &mut need);
        phis.push((r, s));
    }
    let mut joins = Vec::with_capacity(phis.len());
    for (r, s) in phis {
        let s = match (t.ty(r), t.ty(s)) {
            (a, b) if a == b => s,
            // An entry load that becomes an unboxed value: carry it boxed.
            (Ty::Box, Ty::Int) => em.emit(t, Ins::new(Op::BOX_INT, s, IrRef::NONE, 0))?,
            (Ty::Box, Ty::Float) => em.emit(t, Ins::new(Op::BOX_FLOAT, s, IrRef::NONE, 0))?,
            (Ty::Box, Ty::Bool) => em.emit(t, Ins::new(Op::BOX_BOOL, s, IrRef::NONE, 0))?,
            (a, b) => {
                return Err(Abort::new(
                    Reason::TypeUnstable,
                    format!("{} then {}", a.name(), b.name()),
                ));
            }
        };
        joins.push((r, s));
    }
    for (r, s) in joins {
        let read = from_memory.remove(&r).unwrap_or(0);
        t.push(Ins::new(Op::PHI, r, s, read as u64));
    }
    t.hoisted = from_memory.values().fold(0, |m, c| m | c);
    Ok(())
}

/// The body's copy `c` became `r`. If `r` is a pre-roll value and `c` is a load (the body
/// does not repeat it: it reads the pre-roll's value) or computes from such a value (a
/// folded unboxing of it, say), the body takes `r` as derived from memory of those classes.
fn taint(from_memory: &mut BTreeMap<IrRef, Mem>, c: &Ins, r: IrRef, body_start: usize) {
    if r.idx() >= body_start {
        return;
    }
    let m = c.args().fold(memory::reads(c.op), |m, a| {
        m | from_memory.get(&a).copied().unwrap_or(0)
    });
    if m != 0 {
        *from_memory.entry(r).or_insert(0) |= m;
    }
}

/// The body's version of pre-roll snapshot `sn`.
fn body_snapshot(
    t: &Trace,
    sn: &Snapshot,
    subst: &[IrRef],
    snap_val: &[IrRef],
    end: &BTreeMap<u32, IrRef>,
) -> Snapshot {
    let top = sn.top(t.nlocals);
    let mut slots: BTreeMap<u32, IrRef> = end
        .iter()
        .filter(|(s, _)| **s < top && !sn.fresh)
        .map(|(s, r)| (*s, *r))
        .collect();
    for &(s, r) in &sn.slots {
        let v = match snap_val[r.idx()] {
            IrRef::NONE => subst[r.idx()],
            v => v,
        };
        slots.insert(s, v);
    }
    Snapshot {
        pc: sn.pc,
        depth: sn.depth,
        slots: slots.into_iter().collect(),
        frames: sn.frames.clone(),
        fresh: sn.fresh,
    }
}
