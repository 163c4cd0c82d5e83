//! The IR checker, run between passes in debug builds: every operand is defined before its
//! use and has the type its opcode expects, every guard has a snapshot whose values are
//! defined before the guard, snapshots list each slot once, in order, and PHIs join a
//! pre-loop value with a body value of the same type.

use crate::ir::{IrRef, Op, Trace, Ty};

/// Panics with the dump and the broken rule if `t` is malformed (debug builds only).
pub fn check(t: &Trace, after: &str) {
    if cfg!(debug_assertions)
        && let Err(e) = verify(t)
    {
        panic!("IR check failed after {after}: {e}\n{}", t.dump(true));
    }
}

/// The checks, as a result (for tests).
pub fn verify(t: &Trace) -> Result<(), String> {
    let loop_at = t.loop_start();
    for (i, ins) in t.ins.iter().enumerate() {
        let here = format!("{i:04} {}", ins.op.name());
        for a in ins.args() {
            if a == IrRef::NONE || a.idx() >= i {
                return Err(format!("{here}: operand {a} not defined before use"));
            }
            let aty = t.ty(a);
            if aty == Ty::Void {
                return Err(format!("{here}: operand {a} has no value"));
            }
            let want = ins.op.arg_ty();
            if want != Ty::Void && aty != want {
                return Err(format!("{here}: operand {a} is {aty:?}, wants {want:?}"));
            }
        }
        match ins.op {
            Op::EQ | Op::NE if t.ty(ins.a) != t.ty(ins.b) => {
                return Err(format!("{here}: compares different types"));
            }
            Op::RANGE_SET
            | Op::ITER_SET_IDX
            | Op::ENUM_SET_COUNT
            | Op::DICT_ITER_KEY
            | Op::DICT_ITER_VALUE
            | Op::DICT_ITER_SET
                if t.ty(ins.a) != Ty::Box || t.ty(ins.b) != Ty::Int =>
            {
                return Err(format!("{here}: wants (box, int)"));
            }
            Op::ITEM_ADDR if t.ty(ins.a) != Ty::Ptr || t.ty(ins.b) != Ty::Int => {
                return Err(format!("{here}: wants (ptr, int)"));
            }
            Op::STORE_AT | Op::DICT_STORE_AT
                if t.ty(ins.a) != Ty::Ptr || t.ty(ins.b) != Ty::Box =>
            {
                return Err(format!("{here}: wants (ptr, box)"));
            }
            Op::LIST_POP if t.ty(ins.a) != Ty::Box || t.ty(ins.b) != Ty::Int => {
                return Err(format!("{here}: wants (box, int)"));
            }
            Op::CELL_SET | Op::LIST_APPEND if t.ty(ins.a) != Ty::Box || t.ty(ins.b) != Ty::Box => {
                return Err(format!("{here}: wants (box, box)"));
            }
            Op::PHI => {
                let Some(l) = loop_at else {
                    return Err(format!("{here}: PHI without LOOP"));
                };
                if ins.a.idx() >= l || t.ty(ins.a) != t.ty(ins.b) {
                    return Err(format!("{here}: PHI must join a pre-loop value, same type"));
                }
            }
            _ => {}
        }
        if (ins.op.is_guard() || matches!(ins.op, Op::CALL_TRACE | Op::LINK))
            != (ins.snap != u32::MAX)
        {
            return Err(format!("{here}: a guard needs a snapshot, others none"));
        }
        if ins.snap != u32::MAX {
            let Some(sn) = t.snaps.get(ins.snap as usize) else {
                return Err(format!("{here}: snapshot #{} missing", ins.snap));
            };
            let mut last = None;
            for &(slot, r) in &sn.slots {
                if last.is_some_and(|l| l >= slot) {
                    return Err(format!("{here}: snapshot slots out of order"));
                }
                last = Some(slot);
                if r.idx() >= i || matches!(t.ty(r), Ty::Void | Ty::Ptr) {
                    return Err(format!("{here}: snapshot value {r} not available"));
                }
                if slot >= sn.top(t.nlocals) {
                    return Err(format!("{here}: snapshot slot {slot} above the stack"));
                }
                // A body snapshot may not use pre-loop values of the peeled iteration other
                // than through PHIs: checked by construction in the loop pass.
            }
        }
    }
    Ok(())
}
