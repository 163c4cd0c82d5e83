//! Code objects as data: the compiler (interp) fills them, the interpreter executes them.
//! The runtime only stores and traces them; what the instruction words mean is interp's business.

use crate::value::Value;

/// Slot kinds in `localsplus_kinds`, as in CPython 3.11.
pub const CO_FAST_LOCAL: u8 = 0x20;
pub const CO_FAST_CELL: u8 = 0x40;
pub const CO_FAST_FREE: u8 = 0x80;

/// `flags` bits, as in CPython.
pub const CO_OPTIMIZED: u32 = 0x1;
pub const CO_NEWLOCALS: u32 = 0x2;
pub const CO_VARARGS: u32 = 0x4;
pub const CO_VARKEYWORDS: u32 = 0x8;
pub const CO_NESTED: u32 = 0x10;
pub const CO_GENERATOR: u32 = 0x20;

/// One exception-table entry: an exception raised by an instruction in `start..end` (word
/// indices) resumes at `target` with the value stack cut to `depth` entries and the
/// exception pushed.
#[derive(Clone, Copy, Debug)]
pub struct ExcEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
}

pub struct CodeObject {
    /// Instruction words: opcode in the low 8 bits, argument in the high 24 bits.
    pub code: Vec<u32>,
    pub consts: Vec<Value>,
    /// Global, attribute and module-level names (str values).
    pub names: Vec<Value>,
    /// Names of the frame's slots: locals (arguments first), then cells, then free variables.
    pub localsplus_names: Vec<Value>,
    pub localsplus_kinds: Vec<u8>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    /// Maximum depth of the value stack.
    pub stacksize: u32,
    pub name: Value,
    pub qualname: Value,
    pub filename: Value,
    pub firstlineno: u32,
    /// Source line of each instruction.
    pub lines: Vec<u32>,
    /// Exception handlers, sorted by `start`, non-overlapping.
    pub exc_table: Vec<ExcEntry>,
    /// Per-instruction attribute caches (used by LOAD_ATTR/STORE_ATTR; see `AttrCache`).
    pub attr_cache: Box<[std::cell::Cell<AttrCache>]>,
}

/// What an attribute instruction learned about instances of one class: valid while the
/// instance's class is `ty` at version `version` and its shape is `shape`.
///
/// - load: the attribute is instance slot `index`, or (when `method` is not NULL) the class
///   attribute `method`, a function not shadowed by an instance attribute of that shape;
/// - store: slot `index` (an existing attribute), or appending slot `index` moves the
///   instance to shape `next_shape`.
///
/// Entries hold raw pointers but never keep objects alive: a hit needs a live instance of
/// class `ty` with the same version, and versions are never reused, so `method` is still
/// reachable from that class's unchanged dict.
#[derive(Clone, Copy, Debug)]
pub struct AttrCache {
    pub ty: Value,
    pub method: Value,
    pub version: u32,
    pub shape: u32,
    pub index: u32,
    pub next_shape: u32,
}

impl AttrCache {
    pub const EMPTY: AttrCache = AttrCache {
        ty: Value::NULL,
        method: Value::NULL,
        version: 0,
        shape: u32::MAX,
        index: 0,
        next_shape: u32::MAX,
    };
}

impl CodeObject {
    /// The handler covering the instruction at `pc`, if any.
    pub fn handler_for(&self, pc: usize) -> Option<ExcEntry> {
        let pc = pc as u32;
        self.exc_table
            .iter()
            .find(|e| e.start <= pc && pc < e.end)
            .copied()
    }
    pub fn nlocalsplus(&self) -> usize {
        self.localsplus_names.len()
    }
    pub fn nfree(&self) -> usize {
        self.localsplus_kinds
            .iter()
            .filter(|&&k| k & CO_FAST_FREE != 0)
            .count()
    }
    /// Total positional + keyword-only parameters plus `*args`/`**kwargs` slots.
    pub fn total_args(&self) -> usize {
        (self.argcount
            + self.kwonlyargcount
            + (self.flags & CO_VARARGS != 0) as u32
            + (self.flags & CO_VARKEYWORDS != 0) as u32) as usize
    }
}
