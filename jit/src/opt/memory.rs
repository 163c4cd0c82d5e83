//! Memory classes: which heap memory each IR instruction reads and writes, in one table.
//! CSE, the loop pass and the tree linker all decide aliasing from it.
//!
//! The rule: a load may be reused (CSE, forwarding, hoisting out of the loop body) only
//! while no instruction that writes one of the classes it reads has run in between. The
//! loop pass records which classes the body reads from before its header (loads it found
//! already done in the pre-roll), and a side trace that writes one of those classes never
//! jumps into the body (`backend::exits::link_args`): it restarts the pre-roll, which loads
//! them again.

use crate::ir::Op;

/// A set of memory classes (one bit each).
pub type Mem = u16;

macro_rules! classes {
    ($($name:ident $bit:literal $short:literal $doc:literal;)*) => {
        $(#[doc = $doc] pub const $name: Mem = 1 << $bit;)*
        /// Every class, with its name in dumps and messages.
        pub const CLASSES: &[(Mem, &str)] = &[$(($name, $short)),*];
    };
}

classes! {
    RANGE     0 "range"    "range iterator positions";
    SEQ_ITER  1 "seqiter"  "list/tuple iterator indices";
    LIST      2 "list"     "list lengths and item arrays";
    ITEMS     3 "items"    "list items, attributes and dict values";
    CELL      4 "cell"     "cell contents";
    DICT      5 "dict"     "dict keys and sizes (globals included)";
    LAYOUT    6 "layout"   "instance classes and shapes, type versions, function defaults";
    ENUM      7 "enum"     "enumerate counts";
    DICT_ITER 8 "dictiter" "dict iterator positions";
    FRAME     9 "frame"    "frame slots after an inner trace";
}

/// All classes: what running other code (an inner trace) may write.
pub const ALL: Mem = (1 << 10) - 1;
const ITERS: Mem = RANGE | SEQ_ITER | ENUM | DICT_ITER;

/// `(reads, writes)` of instruction `op`. Entry loads (`SLOAD`) and the collection check
/// read nothing CSE may reuse (they are never merged).
pub fn effects(op: Op) -> (Mem, Mem) {
    use Op::*;
    match op {
        RANGE_CUR => (RANGE, 0),
        RANGE_SET => (0, RANGE),
        ITER_IDX => (SEQ_ITER, 0),
        ITER_SET_IDX | ITER_EXHAUST => (0, SEQ_ITER),
        // The iterator may be refilled as any kind by the next GET_ITER.
        ITER_RELEASE => (0, ITERS),
        ENUM_COUNT => (ENUM, 0),
        ENUM_SET_COUNT => (0, ENUM),
        DICT_ITER_NEXT => (DICT_ITER | DICT, 0),
        DICT_ITER_SET => (0, DICT_ITER),
        DICT_ITER_KEY | DICT_ITER_VALUE => (DICT | ITEMS, 0),
        LIST_LEN | LIST_ITEMS => (LIST, 0),
        // Appending or popping changes the length, may move the item array, and moves
        // items.
        LIST_APPEND | LIST_POP => (0, LIST | ITEMS),
        // An item store changes no list's length or item array.
        LOAD_AT => (ITEMS, 0),
        STORE_AT => (0, ITEMS),
        // A dict value store also changes what global and module lookups find.
        DICT_STORE_AT => (0, ITEMS | DICT),
        // Inserting a key may resize the dict (entry addresses move) and changes its size.
        DICT_SLOT => (0, DICT | ITEMS),
        CELL_GET => (CELL, 0),
        CELL_SET => (0, CELL),
        GLOBAL | DICT_STR | DICT_ENTRY | DICT_GET | OBJ_LEN => (DICT | ITEMS, 0),
        // `x in c` reads a list's items and length or a dict's or set's keys.
        CONTAINS => (LIST | ITEMS | DICT, 0),
        INST_CLS | INST_SHAPE | INST_VALUES | TYPE_VERSION | ISINSTANCE | FUNC_DEFAULTS => {
            (LAYOUT, 0)
        }
        RELOAD => (FRAME, 0),
        CALL_TRACE => (0, ALL),
        _ => (0, 0),
    }
}

pub fn reads(op: Op) -> Mem {
    effects(op).0
}

pub fn writes(op: Op) -> Mem {
    effects(op).1
}

/// The classes all of `ops` write.
pub fn written_by<'a>(ops: impl IntoIterator<Item = &'a crate::ir::Ins>) -> Mem {
    ops.into_iter().fold(0, |m, i| m | writes(i.op))
}

/// `"list,cell"`.
pub fn short_names(m: Mem) -> String {
    CLASSES
        .iter()
        .filter(|c| m & c.0 != 0)
        .map(|c| c.1)
        .collect::<Vec<_>>()
        .join(",")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::ALL_OPS;

    /// Every instruction flagged as a store writes some class, and every load CSE may
    /// reuse reads some class: an op added to the IR table without a row here would
    /// otherwise alias nothing.
    #[test]
    fn every_load_and_store_has_a_memory_class() {
        for &op in ALL_OPS {
            if op.is_store() {
                assert_ne!(writes(op), 0, "{} writes no class", op.name());
            }
            if op.is_load() && !matches!(op, Op::SLOAD | Op::GC_CHECK) {
                assert_ne!(reads(op), 0, "{} reads no class", op.name());
            }
        }
    }
}
