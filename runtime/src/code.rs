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
    /// Instruction words as compiled: opcode in the low 8 bits, argument in the high 24 bits.
    /// Never changes; `dis` shows it, and de-specializing restores words from it.
    pub code: Vec<u32>,
    /// The words the interpreter runs: `code` with instructions rewritten in place into their
    /// specialized forms (quickening) and back. Same length and arguments as `code`.
    pub quick: Box<[std::cell::Cell<u32>]>,
    /// One inline cache per instruction (see `InlineCache`), indexed like `quick`.
    pub cache: Box<[std::cell::UnsafeCell<InlineCache>]>,
    /// Calls of this code so far (the function-entry hot counter).
    pub calls: std::cell::Cell<u32>,
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
}

/// What one instruction learned at run time: the state behind its specialized form, and
/// its adaptive counter. The meaning of the fields depends on the instruction's family
/// (`interp/src/specialize.rs` documents each); unused fields stay as in `EMPTY`.
///
/// The cache holds `obj` strongly (code objects trace it), so a cached object is never freed
/// and reused at the same address while an instruction can compare against it.
#[derive(Clone, Copy, Debug)]
pub struct InlineCache {
    /// A cached object: a method, class attribute, property getter, class, function code,
    /// module or dict.
    pub obj: Value,
    /// A type version tag or a dict layout version.
    pub version: u32,
    /// An instance shape id.
    pub shape: u32,
    /// An instance slot index, a dict entry index, or (JUMP_BACKWARD) the back-edge count.
    pub index: u32,
    /// Stores: the shape after appending a slot (`u32::MAX`: no append).
    /// LOAD_GLOBAL_BUILTIN: the globals dict's entry count (a new key changes it).
    pub aux: u32,
    /// LOAD_GLOBAL_BUILTIN: the builtins dict's layout version.
    /// JUMP_BACKWARD: the loop's trace id + 1 (0: none; `u32::MAX`: blacklisted), and its
    /// `backoff` counts aborted recordings.
    pub aux2: u32,
    /// Generic form: executions left before the next specialization attempt. Specialized
    /// form: misses left before it is rewritten (the miss falls back to the generic form,
    /// which counts this down).
    pub counter: u16,
    /// Exponent of the next back-off after a failed attempt or a de-specialization.
    pub backoff: u16,
}

impl InlineCache {
    pub const EMPTY: InlineCache = InlineCache {
        obj: Value::NULL,
        version: 0,
        shape: u32::MAX,
        index: 0,
        aux: u32::MAX,
        aux2: 0,
        counter: 0,
        backoff: 0,
    };
}

impl CodeObject {
    /// The inline cache of instruction `pc`.
    ///
    /// SAFETY (for callers): the interpreter is single-threaded; a returned reference must
    /// not be held across anything that can run Python code (which could use the same cache).
    #[allow(clippy::mut_from_ref)]
    #[inline(always)]
    pub unsafe fn cache_at(&self, pc: usize) -> &mut InlineCache {
        unsafe { &mut *self.cache.get_unchecked(pc).get() }
    }
    /// The running word of instruction `pc`.
    #[inline(always)]
    pub fn word(&self, pc: usize) -> u32 {
        // SAFETY: the compiler ends every code object with a return, so the interpreter's pc
        // stays in range; other callers index within `0..len`.
        unsafe { self.quick.get_unchecked(pc).get() }
    }
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
