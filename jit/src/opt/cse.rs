//! Common-subexpression elimination with store-to-load forwarding, applied as instructions
//! are emitted. Pure instructions (and guards: a condition already checked needs no second
//! check, whatever its snapshot) are looked up by `(op, type, operands, imm)`. Loads are
//! looked up in a second table, from which an instruction that writes memory removes the
//! loads of the classes it writes (`memory`); a store records the value it wrote, so the
//! next load of the same field gets it without reading memory (LuaJIT's FWD).

use super::memory;
use crate::ir::{Ins, IrRef, Op, Trace, Ty};
use std::collections::HashMap;

type Key = (Op, Ty, IrRef, IrRef, u64);

fn key(ins: &Ins) -> Key {
    (ins.op, ins.ty, ins.a, ins.b, ins.imm)
}

#[derive(Default, Clone)]
pub struct Cse {
    pure: HashMap<Key, IrRef>,
    loads: HashMap<Key, IrRef>,
}

/// Instructions CSE never merges: entry loads (one per slot anyway), the collection check
/// (the heap can ask for a collection at any allocation) and loop structure.
fn never(op: Op) -> bool {
    matches!(
        op,
        Op::SLOAD
            | Op::GC_CHECK
            | Op::LOOP
            | Op::PHI
            | Op::NEW_RANGE
            | Op::NEW_RANGE_ITER
            | Op::GET_ITER
    )
}

/// Pure instructions, and guards that neither read memory that can change nor write any.
fn in_pure_table(op: Op) -> bool {
    op.is_pure() || op.is_guard() && !op.is_load() && !op.is_store()
}

impl Cse {
    /// An earlier instruction computing the same as `ins`.
    pub fn lookup(&self, ins: &Ins) -> Option<IrRef> {
        if never(ins.op) {
            return None;
        }
        if in_pure_table(ins.op) {
            self.pure.get(&key(ins)).copied()
        } else if ins.op.is_load() {
            self.loads.get(&key(ins)).copied()
        } else {
            None
        }
    }

    /// Records `r` (just emitted) for later lookups.
    pub fn insert(&mut self, t: &Trace, r: IrRef) {
        let ins = *t.get(r);
        if never(ins.op) {
            return;
        }
        let written = memory::writes(ins.op);
        if written != 0 {
            // A write changes only loads that read one of its classes (`memory`).
            self.loads.retain(|k, _| memory::reads(k.0) & written == 0);
            // Forwarding: the field just stored reads back as the stored value.
            let load = match ins.op {
                Op::RANGE_SET => Op::RANGE_CUR,
                Op::ITER_SET_IDX => Op::ITER_IDX,
                Op::ENUM_SET_COUNT => Op::ENUM_COUNT,
                Op::STORE_AT | Op::DICT_STORE_AT => Op::LOAD_AT,
                Op::CELL_SET => Op::CELL_GET,
                _ => return,
            };
            let mut l = Ins::new(load, ins.a, IrRef::NONE, 0);
            l.ty = load.ty();
            self.loads.insert(key(&l), ins.b);
        } else if in_pure_table(ins.op) {
            self.pure.insert(key(&ins), r);
        } else if ins.op.is_load() {
            self.loads.insert(key(&ins), r);
        }
    }
}
