//! The trace IR: typed SSA instructions in one linear buffer, defined by one table.
//!
//! A trace is the instructions of one loop iteration as it ran (the *pre-roll*), then, after
//! the loop pass, a `LOOP` marker and the loop body, whose variant values flow back to the top
//! of the body through `PHI`s. References (`IrRef`) index the buffer; an instruction may only
//! use earlier ones. Every guard owns a snapshot (`SnapId`): the frame slots it must rebuild
//! and the bytecode instruction to resume at, so leaving native code is exact.

use std::fmt;

/// Index of an instruction in a trace's buffer; prints as `0007`.
#[derive(Copy, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub struct IrRef(pub u32);

impl IrRef {
    pub const NONE: IrRef = IrRef(u32::MAX);
    pub fn idx(self) -> usize {
        self.0 as usize
    }
}

impl fmt::Display for IrRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.0)
    }
}

/// Index of a snapshot in a trace; prints as `#3`.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub struct SnapId(pub u32);

/// The machine type of an IR value.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub enum Ty {
    /// No value (guards, stores, markers).
    Void,
    /// An unboxed int, always within the small-int range (48 bits) so it boxes without
    /// allocating.
    Int,
    Float,
    /// 0 or 1.
    Bool,
    /// A boxed `Value` word of any type.
    Box,
    /// A raw address (an item array); never boxed, never in a snapshot.
    Ptr,
}

impl Ty {
    pub fn name(self) -> &'static str {
        match self {
            Ty::Void => "   ",
            Ty::Int => "int",
            Ty::Float => "flt",
            Ty::Bool => "bool",
            Ty::Box => "box",
            Ty::Ptr => "ptr",
        }
    }
}

/// Instruction flags.
pub const PURE: u8 = 1; // no side effect: CSE and DCE may merge or drop it
pub const GUARD: u8 = 2; // may leave the trace through its snapshot
pub const LOAD: u8 = 4; // reads memory a store or helper call may change
pub const STORE: u8 = 8; // writes memory
pub const CALL: u8 = 16; // calls a runtime helper

macro_rules! ir_ops {
    ($($name:ident $nargs:literal $aty:ident $ty:ident [$($flag:ident)|*] $doc:literal;)*) => {
        /// IR opcodes.
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        #[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
        pub enum Op { $($name),* }

        /// `(name, operand count, operand type, result type, flags, doc)` per opcode, in
        /// `Op` order. Operand type `Void` means "any, both alike".
        pub const OPS: &[(&str, u8, Ty, Ty, u8, &str)] = &[
            $((stringify!($name), $nargs, Ty::$aty, Ty::$ty, 0 $(| $flag)*, $doc)),*
        ];

        /// Every opcode, in `Op` order.
        pub const ALL_OPS: &[Op] = &[$(Op::$name),*];
    };
}

// name       args  operands  result  flags   doc
ir_ops! {
    // Entry values and constants (`imm` holds the slot number or the constant's bits).
    SLOAD        0 Void  Box   [LOAD]         "frame slot imm as it was when the trace was entered";
    KINT         0 Void  Int   [PURE]         "int constant imm";
    KFLOAT       0 Void  Float [PURE]         "float constant (imm = its bits)";
    KBOX         0 Void  Box   [PURE]         "boxed constant (imm = the Value word)";
    // Unboxing (guards on the boxed word's type) and boxing (no allocation: small ints,
    // floats and bools are immediates).
    UNBOX_INT    1 Box   Int   [PURE | GUARD] "guard a is a small int; its value";
    UNBOX_FLOAT  1 Box   Float [PURE | GUARD] "guard a is a float; its value";
    BOX_INT      1 Int   Box   [PURE]         "the small int a as a Value";
    BOX_FLOAT    1 Float Box   [PURE]         "the float a as a Value (its bits: see pyjit_runtime::value)";
    BOX_BOOL     1 Bool  Box   [PURE]         "the bool a as a Value";
    // Int arithmetic. A result outside the small-int range leaves the trace, and the
    // interpreter redoes the instruction with a big int.
    ADDOV        2 Int   Int   [PURE | GUARD] "a + b, guarded to stay a small int";
    SUBOV        2 Int   Int   [PURE | GUARD] "a - b, guarded to stay a small int";
    MULOV        2 Int   Int   [PURE | GUARD] "a * b, guarded to stay a small int";
    FLOORDIV     2 Int   Int   [PURE | GUARD] "a // b, guarded: b != 0, result a small int";
    MOD          2 Int   Int   [PURE | GUARD] "a % b (sign of b), guarded: b != 0";
    NEGOV        1 Int   Int   [PURE | GUARD] "-a, guarded to stay a small int";
    BAND         2 Int   Int   [PURE]         "a & b";
    BOR          2 Int   Int   [PURE]         "a | b";
    BXOR         2 Int   Int   [PURE]         "a ^ b";
    SHLOV        2 Int   Int   [PURE | GUARD] "a << b, guarded: 0 <= b < 48, result a small int";
    SHR          2 Int   Int   [PURE | GUARD] "a >> b, guarded: b >= 0";
    IADD         2 Int   Int   [PURE]         "a + b unchecked (for values that are never boxed)";
    INT_BINOP    2 Box   Box   [PURE | GUARD | CALL] "a <imm> b for ints of any size (imm a BinOp), guarded: no error";
    // Float arithmetic.
    ITOF         1 Int   Float [PURE]         "the int a as a float (exact: 48 bits)";
    FADD         2 Float Float [PURE]         "a + b";
    FSUB         2 Float Float [PURE]         "a - b";
    FMUL         2 Float Float [PURE]         "a * b";
    FDIV         2 Float Float [PURE | GUARD] "a / b, guarded: b != 0";
    FMOD         2 Float Float [PURE | GUARD | CALL] "a % b (Python's), guarded: b != 0";
    FFLOORDIV    2 Float Float [PURE | GUARD | CALL] "a // b (Python's), guarded: b != 0";
    FNEG         1 Float Float [PURE]         "-a";
    FPOW         2 Float Float [PURE | GUARD | CALL] "a ** b, guarded: no error (0 ** negative, negative ** fraction, overflow)";
    // Comparisons (bool results).
    LT           2 Int   Bool  [PURE]         "a < b (ints)";
    LE           2 Int   Bool  [PURE]         "a <= b (ints)";
    EQ           2 Void  Bool  [PURE]         "a == b (ints, bools, or Value words: identity)";
    NE           2 Void  Bool  [PURE]         "a != b (ints, bools, or Value words: identity)";
    GT           2 Int   Bool  [PURE]         "a > b (ints)";
    GE           2 Int   Bool  [PURE]         "a >= b (ints)";
    FLT          2 Float Bool  [PURE]         "a < b (floats)";
    FLE          2 Float Bool  [PURE]         "a <= b (floats)";
    FEQ          2 Float Bool  [PURE]         "a == b (floats)";
    FNE          2 Float Bool  [PURE]         "a != b (floats)";
    FGT          2 Float Bool  [PURE]         "a > b (floats)";
    FGE          2 Float Bool  [PURE]         "a >= b (floats)";
    NOT          1 Bool  Bool  [PURE]         "not a (a bool)";
    // Guards on values.
    GUARD_TRUE   1 Bool  Void  [GUARD]        "leave unless a is true";
    GUARD_FALSE  1 Bool  Void  [GUARD]        "leave unless a is false";
    // Range iterators (the iterator object is a; fields at offsets found at start-up).
    RANGE_OK     1 Box   Void  [GUARD]        "guard a is a range iterator with small-int state (the trace's own steps keep it so)";
    RANGE_CUR    1 Box   Int   [LOAD]         "a's next position";
    RANGE_STOP   1 Box   Int   [PURE]         "a's stop (never changes)";
    RANGE_STEP   1 Box   Int   [PURE]         "a's step (never changes)";
    RANGE_SET    2 Void  Void  [STORE]        "set a's next position to b (imm 1: low word only, b >= 0 as before)";
    // Heap objects (fields at offsets found at start-up; `imm` of a kind guard is a `Kind`).
    GUARD_KIND   1 Box   Void  [GUARD | PURE] "guard a is a heap object of kind imm";
    SEQ_ITER_OK  1 Box   Void  [GUARD]        "guard a is a list/tuple iterator over kind imm (until ITER_EXHAUST, after which the trace drops it)";
    ITER_SEQ     1 Box   Box   [PURE]         "the sequence iterator a walks";
    ITER_IDX     1 Box   Int   [LOAD]         "iterator a's next index";
    ITER_SET_IDX 2 Void  Void  [STORE]        "set iterator a's next index to b";
    ENUM_OK      1 Box   Void  [GUARD | CALL] "guard a is an enumerate iterator whose count is a small int";
    ENUM_IT      1 Box   Box   [PURE]         "the iterator enumerate a walks";
    ENUM_COUNT   1 Box   Int   [LOAD]         "enumerate a's next count";
    ENUM_SET_COUNT 2 Void Void [STORE]        "set enumerate a's next count to b";
    ZIP_OK       1 Box   Void  [GUARD | CALL] "guard a is a zip iterator over imm iterators";
    DICT_ITER_NEXT 1 Box Int   [GUARD | LOAD | CALL] "the entry index dict iterator a (mode imm) yields next; guarded: it yields one";
    DICT_ITER_KEY 2 Void Box   [LOAD | CALL]  "the key of entry b of dict iterator a's dict";
    DICT_ITER_VALUE 2 Void Box [LOAD | CALL]  "the value of entry b of dict iterator a's dict";
    DICT_ITER_SET 2 Void Void  [STORE | CALL] "move dict iterator a past entry b";
    ZIP_IT       1 Box   Box   [PURE | CALL]  "the imm-th iterator zip a walks";
    LIST_LEN     1 Box   Int   [LOAD]         "len of list a";
    LIST_ITEMS   1 Box   Ptr   [LOAD]         "list a's item array";
    TUPLE_LEN    1 Box   Int   [PURE]         "len of tuple a";
    TUPLE_ITEMS  1 Box   Ptr   [PURE]         "tuple a's item array";
    ITEM_ADDR    2 Void  Ptr   [PURE]         "address of item b (an int) of array a";
    LOAD_AT      1 Ptr   Box   [LOAD]         "the Value at address a";
    LOAD_AT_IMM  1 Ptr   Box   [PURE]         "the Value at address a (immutable: a tuple item)";
    STORE_AT     2 Void  Void  [STORE]        "store Value b at address a";
    DICT_STORE_AT 2 Void Void  [STORE]        "store Value b at address a, a dict entry's value (globals may change)";
    CELL_GET     1 Box   Box   [LOAD]         "contents of cell a";
    CELL_SET     2 Void  Void  [STORE]        "set cell a's contents to b";
    GLOBAL       2 Box   Box   [GUARD | LOAD | CALL] "global b (a str) of globals dict a, or builtin; guarded: found";
    // Builtin calls computed by the trace (the callee's identity is guarded separately).
    FMATH        1 Float Float [PURE | GUARD | CALL] "math.JIT_UNARY[imm](a) (sqrt inline), guarded: no math error";
    FABS         1 Float Float [PURE]         "abs(a)";
    IABS         1 Int   Int   [PURE | GUARD] "abs(a), guarded to stay a small int";
    IMIN         2 Int   Int   [PURE]         "min(a, b)";
    IMAX         2 Int   Int   [PURE]         "max(a, b)";
    FMIN         2 Float Float [PURE]         "min(a, b): b if b < a else a";
    FMAX         2 Float Float [PURE]         "max(a, b): b if b > a else a";
    FTOI         1 Float Int   [PURE | GUARD] "int(a) (toward zero), guarded to be a small int";
    FFLOOR       1 Float Float [PURE]         "floor(a)";
    FCEIL        1 Float Float [PURE]         "ceil(a)";
    OBJ_LEN      1 Box   Int   [LOAD | CALL]  "len of dict/set a";
    STR_LEN      1 Box   Int   [PURE | CALL]  "len of str/bytes a (never changes)";
    LIST_APPEND  2 Void  Void  [STORE | CALL] "append Value b to list a";
    LIST_POP     2 Void  Box   [GUARD | STORE | CALL] "list a's item b (an int; -1 the last) removed, guarded: in range";
    DICT_STR     2 Box   Box   [GUARD | LOAD | CALL] "dict a's item for str key b; guarded: found";
    DICT_ENTRY   2 Box   Ptr   [GUARD | LOAD | CALL] "address of dict a's value for key b (a str or small int); guarded: found";
    STR_CHAR     2 Void  Box   [PURE | CALL]  "character b (an int within bounds) of str a, as a str";
    STR_IN_STR   2 Box   Bool  [PURE | CALL]  "str a in str b";
    STR_CMP      2 Box   Int   [PURE | CALL]  "the order of strs a and b: -1, 0 or 1";
    ISINSTANCE   2 Box   Bool  [GUARD | LOAD | CALL] "isinstance(a, b), guarded: b a type or a tuple of types";
    STR_CHR      1 Int   Box   [PURE | GUARD | CALL] "chr(a), guarded: a is a code point";
    STR_ORD      1 Box   Int   [PURE | GUARD | CALL] "ord(a) of a str, guarded: one character long";
    RANDOM       0 Void  Float [CALL]         "random.random(): the next float of the runtime's generator";
    RAND_BELOW   1 Int   Int   [CALL]         "a random int in 0..a (a > 0) drawn as random.choice draws its index";
    DICT_SLOT    2 Box   Ptr   [GUARD | STORE | CALL] "address of dict a's value for key b (a str or small int), inserted (None) if absent; guarded: decided without __eq__ (nothing changes then)";
    DICT_GET     2 Box   Box   [GUARD | LOAD | CALL] "dict a's value for key b (a str or small int), NULL if none; guarded: decided without __eq__";
    SELECT_NULL  2 Box   Box   [PURE]         "a, or b if a is NULL";
    CONTAINS     2 Box   Bool  [GUARD | LOAD | CALL] "a in b (b a dict, set, list or tuple; a a str or small int); guarded: decided without __eq__";
    // Instances of classes (fields at offsets found at start-up).
    INST_CLS     1 Box   Box   [LOAD]         "instance a's class";
    INST_SHAPE   1 Box   Int   [LOAD]         "instance a's shape number";
    INST_VALUES  1 Box   Ptr   [LOAD]         "instance a's attribute value array";
    TYPE_VERSION 1 Box   Int   [LOAD]         "type a's version";
    FUNC_DEFAULTS 1 Box  Box   [LOAD]         "function a's positional defaults (a tuple, or NULL)";
    // Allocating helpers (never collect: a pending collection waits for GC_CHECK).
    NEW_RANGE    2 Int   Box   [CALL]         "range(a, b, imm) (imm the constant step)";
    GET_ITER     1 Box   Box   [CALL]         "iter(a) of a list, tuple, str or range (imm its kind), reusing the spare iterator";
    NEW_RANGE_ITER 2 Int Box   [CALL]         "iter(range(a, b, imm)), the range never built (reusing the spare iterator)";
    NEW_ENUMERATE 2 Box  Box   [CALL]         "enumerate(a, b) of a list, tuple, str or range, b a small int";
    NEW_ZIP      2 Box   Box   [CALL]         "zip(a, b) of lists, tuples, strs or ranges";
    NEW_SLICE    2 Box   Box   [CALL]         "slice(a, b), each None or a small int";
    GET_SLICE    2 Box   Box   [CALL]         "a[b] of a list, tuple or str a and a slice b from NEW_SLICE";
    SEQ_CONCAT   2 Box   Box   [CALL]         "a + b of two strs, two lists or two tuples";
    TYPE_CALL1   2 Box   Box   [CALL]         "a(b): str of a small int or str, list or tuple of a list, tuple, str or range";
    NEW_LIST     0 Void  Box   [CALL]         "a new empty list (BUILD_LIST appends its items)";
    LIST_TUPLE   1 Box   Box   [CALL]         "a new tuple of list a's items";
    ITER_EXHAUST 1 Box   Void  [STORE | CALL] "mark list/tuple iterator a exhausted";
    ITER_RELEASE 1 Box   Void  [STORE]        "iterator a, made in this trace for a for loop that just ended, becomes the spare (unless there is one)";
    // Inner loops: a call of the inner loop's own trace.
    CALL_TRACE   0 Void  Void  [STORE | CALL] "write the snapshot's slots, run trace calls[imm]; leave unless it ended at its loop's exit";
    RELOAD       0 Void  Box   [LOAD]         "frame slot imm as the last CALL_TRACE left it";
    // Loop structure.
    GC_CHECK     0 Void  Void  [GUARD | LOAD] "leave (so the interpreter collects) if a collection is due";
    LOOP         0 Void  Void  []             "the loop body starts here; the code above runs once";
    LINK         0 Void  Void  []             "side trace end: write the snapshot's slots, return to the loop's trace";
    PHI          2 Void  Void  []             "pre-loop a takes the value b at each back-edge (imm: the memory classes whose value at the header the body reads as a)";
}

impl Op {
    pub fn name(self) -> &'static str {
        OPS[self as usize].0
    }
    pub fn nargs(self) -> usize {
        OPS[self as usize].1 as usize
    }
    /// The operands' type (`Void`: any, both alike).
    pub fn arg_ty(self) -> Ty {
        OPS[self as usize].2
    }
    pub fn ty(self) -> Ty {
        OPS[self as usize].3
    }
    fn flags(self) -> u8 {
        OPS[self as usize].4
    }
    pub fn is_pure(self) -> bool {
        self.flags() & PURE != 0
    }
    pub fn is_guard(self) -> bool {
        self.flags() & GUARD != 0
    }
    pub fn is_load(self) -> bool {
        self.flags() & LOAD != 0
    }
    pub fn is_call(self) -> bool {
        self.flags() & CALL != 0
    }
    pub fn is_store(self) -> bool {
        self.flags() & STORE != 0
    }
    pub fn is_const(self) -> bool {
        matches!(self, Op::KINT | Op::KFLOAT | Op::KBOX)
    }
    pub fn doc(self) -> &'static str {
        OPS[self as usize].5
    }
}

/// One instruction: 24 bytes.
#[derive(Copy, Clone, PartialEq, Debug)]
pub struct Ins {
    pub op: Op,
    pub ty: Ty,
    pub a: IrRef,
    pub b: IrRef,
    /// A constant, or SLOAD's slot.
    pub imm: u64,
    /// A guard's snapshot (`u32::MAX` if none).
    pub snap: u32,
}

impl Ins {
    pub fn new(op: Op, a: IrRef, b: IrRef, imm: u64) -> Ins {
        Ins {
            op,
            ty: op.ty(),
            a,
            b,
            imm,
            snap: u32::MAX,
        }
    }
    /// What a pass puts in place of an instruction it removes: an unused constant, which
    /// dead-code elimination drops (positions in the buffer stay as they are meanwhile).
    pub fn removed() -> Ins {
        Ins::new(Op::KINT, IrRef::NONE, IrRef::NONE, 0)
    }
    /// Whether the native code calls a runtime helper for this instruction (which may
    /// allocate): a `CALL` op, except `math.sqrt`, which is inline.
    pub fn calls_helper(&self) -> bool {
        self.op.is_call() && !(self.op == Op::FMATH && self.imm == 0)
    }
    /// The operands this instruction uses.
    pub fn args(&self) -> impl Iterator<Item = IrRef> {
        let n = self.op.nargs();
        [self.a, self.b].into_iter().take(n)
    }
}

/// What a guard's exit must rebuild: the frame slots that differ from the frame's contents
/// (locals first, then the value stack), the value-stack depth and the instruction to
/// resume at; and the frames of calls inlined at that point, which the exit pushes.
#[derive(Clone, Debug, PartialEq)]
pub struct Snapshot {
    /// The trace's own frame: where it resumes (after the call, if a call is inlined) and
    /// its value-stack depth (slots `nlocals .. nlocals + depth` are the stack).
    pub pc: u32,
    pub depth: u32,
    /// `(slot, value)`, sorted by slot; slots of inlined frames continue the numbering.
    pub slots: Vec<(u32, IrRef)>,
    /// Inlined calls, outermost first.
    pub frames: Vec<SnapFrame>,
    /// Taken after an inner trace ran: `slots` is everything that differs from the frame
    /// (the loop pass must not add values from the previous iteration).
    pub fresh: bool,
}

/// An inlined call's interpreter frame in a snapshot. Its slots are the trace's slots
/// `base ..` (the arguments where the caller pushed them, as the interpreter does).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SnapFrame {
    /// The function (a `Value` word; the trace guarded its identity at the call).
    pub func: u64,
    pub base: u32,
    pub nlocals: u32,
    /// The caller's slot the return value goes to (the call's callable slot).
    pub ret: u32,
    /// Where the frame resumes: the instruction after its own call if another frame is
    /// inlined below it, else the exit's instruction.
    pub pc: u32,
    pub depth: u32,
}

impl Snapshot {
    /// One past the highest live slot: the innermost frame's stack top.
    pub fn top(&self, nlocals: u32) -> u32 {
        match self.frames.last() {
            Some(f) => f.base + f.nlocals + f.depth,
            None => nlocals + self.depth,
        }
    }
}

/// A trace: IR buffer and snapshots, plus where it came from.
#[derive(Clone, Debug)]
pub struct Trace {
    pub ins: Vec<Ins>,
    pub snaps: Vec<Snapshot>,
    /// The frame slots the trace wrote by the end of the recorded iteration (the loop pass
    /// needs them to continue into the next iteration).
    pub end_slots: Vec<(u32, IrRef)>,
    /// Number of locals (slots before the value stack).
    pub nlocals: u32,
    /// Slots the trace may touch (its frame's, plus inlined frames' above them).
    pub nslots: u32,
    /// Most inlined frames an exit may push.
    pub max_inline: u32,
    /// Inner loops' traces this one calls (`CALL_TRACE`'s `imm` indexes this).
    pub calls: Vec<TraceCall>,
    /// Locals of the trace's frame that are dead at the loop header (written before they
    /// are read from there on): snapshots and the end state leave them out.
    pub dead_at_header: Vec<u32>,
    /// Memory classes the loop body reads only in the pre-roll (loads hoisted out of the
    /// body as invariant): nothing that runs between iterations may write them.
    pub hoisted: crate::opt::memory::Mem,
}

/// An inner loop's trace called by `CALL_TRACE`.
#[derive(Clone, Debug)]
pub struct TraceCall {
    pub id: u32,
    /// Where the inner trace's current native entry point (`backend::TraceFn`) is kept
    /// (`TraceEntry::entry_cell`: a recompiled tree replaces it); the code stays mapped
    /// while the process runs (traces are retired, never freed, while others may call
    /// them).
    pub entry: usize,
    /// Exits that mean the inner loop ended normally (resume at its header, frame as is):
    /// the caller continues after them.
    pub done_exits: Vec<u32>,
    /// The slot where the inner loop's frame starts: 0 in the trace's own frame, else the
    /// base of an inlined callee's frame (the inner trace gets `slots + base`).
    pub base: u32,
}

impl Trace {
    pub fn new(nlocals: u32) -> Trace {
        Trace {
            ins: Vec::new(),
            snaps: Vec::new(),
            end_slots: Vec::new(),
            nlocals,
            nslots: nlocals,
            max_inline: 0,
            calls: Vec::new(),
            dead_at_header: Vec::new(),
            hoisted: 0,
        }
    }
    pub fn get(&self, r: IrRef) -> &Ins {
        &self.ins[r.idx()]
    }
    /// What leaving through snapshot `snap` tells about its frame: when the only
    /// instructions that leave there are `GUARD_TRUE c` / `GUARD_FALSE c` of one condition
    /// `c`, every slot holding `c` holds the other truth value (the exit at a conditional
    /// jump resumes with the comparison's result still on the stack). `(slot, truth)` of
    /// the trace's own frame; none if an inlined frame is live at the exit.
    pub fn known_at_exit(&self, snap: u32) -> Vec<(u32, bool)> {
        let Some(sn) = self.snaps.get(snap as usize) else {
            return Vec::new();
        };
        let mut cond: Option<(IrRef, bool)> = None;
        for ins in self.ins.iter().filter(|i| i.snap == snap) {
            let fact = match ins.op {
                Op::GUARD_TRUE => (ins.a, false),
                Op::GUARD_FALSE => (ins.a, true),
                _ => return Vec::new(),
            };
            if cond.is_some_and(|c| c != fact) {
                return Vec::new();
            }
            cond = Some(fact);
        }
        match cond {
            Some((c, truth)) if sn.frames.is_empty() => sn
                .slots
                .iter()
                .filter(|&&(_, r)| r == c)
                .map(|&(s, _)| (s, truth))
                .collect(),
            _ => Vec::new(),
        }
    }
    pub fn ty(&self, r: IrRef) -> Ty {
        self.ins[r.idx()].ty
    }
    /// Appends an instruction as is (no folding); the passes' `emit` goes through folding
    /// and CSE first.
    pub fn push(&mut self, ins: Ins) -> IrRef {
        self.ins.push(ins);
        IrRef(self.ins.len() as u32 - 1)
    }
    /// Adds snapshot `sn` (reusing the last one if equal and at index `floor` or later:
    /// snapshots before the loop pass's copy must not be shared with it) and returns its id.
    pub fn add_snapshot(&mut self, sn: Snapshot, floor: usize) -> u32 {
        if self.snaps.len() > floor && self.snaps.last() == Some(&sn) {
            return self.snaps.len() as u32 - 1;
        }
        self.snaps.push(sn);
        self.snaps.len() as u32 - 1
    }
    /// Position of the `LOOP` marker, if the loop pass has run.
    pub fn loop_start(&self) -> Option<usize> {
        self.ins.iter().position(|i| i.op == Op::LOOP)
    }

    /// The stable text form used by dumps and tests.
    pub fn dump(&self, with_snaps: bool) -> String {
        let mut s = String::new();
        for (i, ins) in self.ins.iter().enumerate() {
            s.push_str(&format!(
                "{:04} {:<4} {:<11}",
                i,
                ins.ty.name(),
                ins.op.name()
            ));
            match ins.op {
                Op::SLOAD | Op::RELOAD => {
                    s.push_str(&format!(" {}", slot_name(ins.imm as u32, self.nlocals)))
                }
                Op::CALL_TRACE => {
                    s.push_str(&format!(" trace {}", self.calls[ins.imm as usize].id))
                }
                Op::NEW_RANGE | Op::NEW_RANGE_ITER => {
                    s.push_str(&format!(" {} {} {}", ins.a, ins.b, ins.imm as i64))
                }
                Op::RANGE_SET if ins.imm == 1 => s.push_str(&format!(" {} {} low", ins.a, ins.b)),
                Op::LOOP if self.hoisted != 0 => s.push_str(&format!(
                    " hoisted:{}",
                    crate::opt::memory::short_names(self.hoisted)
                )),
                Op::PHI if ins.imm != 0 => s.push_str(&format!(
                    " {} {} mem:{}",
                    ins.a,
                    ins.b,
                    crate::opt::memory::short_names(ins.imm as u16)
                )),
                Op::KINT => s.push_str(&format!(" {}", ins.imm as i64)),
                Op::KFLOAT => s.push_str(&format!(" {:?}", f64::from_bits(ins.imm))),
                Op::KBOX => s.push_str(&format!(" {:?}", pyjit_runtime::Value(ins.imm))),
                Op::GUARD_KIND | Op::SEQ_ITER_OK => {
                    // SAFETY: kind guards are only built from `Kind as u64`.
                    let k = unsafe {
                        std::mem::transmute::<u8, pyjit_runtime::object::Kind>(ins.imm as u8)
                    };
                    s.push_str(&format!(" {} {k:?}", ins.a));
                }
                _ => {
                    for a in ins.args() {
                        s.push_str(&format!(" {a}"));
                    }
                }
            }
            if ins.snap != u32::MAX {
                s.push_str(&format!("  #{}", ins.snap));
            }
            s.push('\n');
            if with_snaps && ins.snap != u32::MAX {
                s.push_str(&format!(
                    "       {}\n",
                    self.snap_text(&self.snaps[ins.snap as usize])
                ));
            }
        }
        s
    }

    /// `pc 12 depth 1 [i=0007 s0=0003]`
    pub fn snap_text(&self, sn: &Snapshot) -> String {
        let slots: Vec<String> = sn
            .slots
            .iter()
            .map(|(slot, r)| format!("{}={r}", slot_name(*slot, self.nlocals)))
            .collect();
        let mut out = format!("resume pc {} depth {}", sn.pc, sn.depth);
        for f in &sn.frames {
            let name = pyjit_runtime::gc::payload::<pyjit_runtime::object::PyFunction>(
                pyjit_runtime::Value(f.func),
            )
            .map_or("?".to_string(), |func| {
                pyjit_runtime::gc::payload::<pyjit_runtime::object::PyStr>(func.name)
                    .map_or("?".to_string(), |n| n.s().to_string())
            });
            out.push_str(&format!(
                " > {name}@{} pc {} depth {}",
                slot_name(f.base, self.nlocals),
                f.pc,
                f.depth
            ));
        }
        format!("{out} [{}]", slots.join(" "))
    }
}

/// `l3` for local 3, `s0` for value-stack entry 0.
pub fn slot_name(slot: u32, nlocals: u32) -> String {
    if slot < nlocals {
        format!("l{slot}")
    } else {
        format!("s{}", slot - nlocals)
    }
}
