//! Common-subexpression elimination with store-to-load forwarding, applied as instructions
//! are emitted. Pure instructions (and guards: a condition already checked needs no second
//! check, whatever its snapshot) are looked up by `(op, type, operands, imm)`. Loads are
//! looked up in a second table that any store or helper call clears, except that a store
//! records the value it wrote, so the next load of the same field gets it without reading
//! memory (LuaJIT's FWD).

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

/// Memory classes: a store can only change loads of its class (a list item store cannot
/// move a range iterator, change a list's length or rebind a global). The trace never
/// stores into dicts, so global loads are invariant within it (and so are dict and set
/// sizes and instance layouts).
fn class(op: Op) -> u8 {
    match op {
        Op::RANGE_CUR | Op::RANGE_SET => 1,
        // Releasing an iterator for reuse counts as changing its position (and its range
        // position, below).
        Op::ITER_IDX | Op::ITER_SET_IDX | Op::ITER_EXHAUST | Op::ITER_RELEASE => 2,
        // A list's length and item array: only appending and popping change them.
        Op::LIST_LEN | Op::LIST_ITEMS | Op::LIST_APPEND | Op::LIST_POP => 3,
        // Item values (instance attribute values are read and written as items too): a
        // store into an item changes no list's length or item array, so those loads stay
        // valid across it (and leave the loop body when nothing else changes them).
        Op::LOAD_AT | Op::STORE_AT | Op::CONTAINS => 9,
        Op::CELL_GET | Op::CELL_SET => 4,
        Op::GLOBAL | Op::DICT_STR | Op::DICT_ENTRY | Op::DICT_GET | Op::DICT_SLOT | Op::OBJ_LEN => {
            5
        }
        // Object layouts: the trace never adds attributes or changes classes.
        Op::INST_CLS | Op::INST_SHAPE | Op::INST_VALUES | Op::TYPE_VERSION | Op::ISINSTANCE => 6,
        Op::ENUM_COUNT | Op::ENUM_SET_COUNT => 7,
        // A dict iterator's position; the entries it reads are dict memory.
        Op::DICT_ITER_NEXT | Op::DICT_ITER_SET => 8,
        Op::DICT_ITER_KEY | Op::DICT_ITER_VALUE => 5,
        _ => 0,
    }
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
        if ins.op == Op::CALL_TRACE {
            // Another trace ran: any memory may have changed.
            self.loads.clear();
        } else if ins.op.is_store() {
            // A store only changes loads of its own memory class; a dict value store also
            // changes what global lookups find (the dict may be a module's).
            let c = class(ins.op);
            let also = match ins.op {
                Op::DICT_STORE_AT => 5,
                // Appending or popping moves items too.
                Op::LIST_APPEND | Op::LIST_POP => 9,
                Op::ITER_RELEASE => 1,
                _ => c,
            };
            self.loads
                .retain(|k, _| class(k.0) != c && class(k.0) != also);
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
