//! The instruction set, defined once. The `Op` enum, names for `dis`, how `dis` renders each
//! argument, and the compiler's stack-depth computation all come from the `opcodes!` table.
//!
//! Encoding: one `u32` word per instruction, opcode in the low 8 bits, argument in the high
//! 24 bits. `dis` shows offsets as `2 * index`, like CPython's two-byte code units.
//! Jumps are relative, as in CPython 3.12: forward jumps to `pc + 1 + arg`, backward ones to
//! `pc + 1 - arg`. A call's stack is `[callable, self_or_NULL, args...]` (CPython 3.13 layout).

/// How `dis` renders an argument.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum ArgKind {
    /// No argument.
    None,
    /// A plain number.
    Raw,
    /// Index into `co_consts`.
    Const,
    /// Index into `co_names`.
    Name,
    /// `co_names[arg >> 1]`, low bit: also push NULL.
    Global,
    /// `co_names[arg >> 1]`, low bit: method load.
    Attr,
    /// Index into the frame's slots (locals, cells, free variables).
    Local,
    /// Forward relative jump.
    JumpFwd,
    /// Backward relative jump.
    JumpBack,
    /// `BINARY_OP` operator.
    BinOp,
    /// `COMPARE_OP` operator.
    CmpOp,
    /// `IS_OP` / `CONTAINS_OP` inversion flag.
    Invert,
    /// `FORMAT_VALUE` flags.
    Format,
    /// `MAKE_FUNCTION` flags.
    MakeFn,
}

macro_rules! opcodes {
    (
        base { $($name:ident : $kind:ident, |$a:ident, $j:ident| $effect:expr;)* }
        specialized { $($sname:ident : $fam:ident, [$($guard:expr),*], $action:ident;)* }
    ) => {
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        #[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Debug, Hash)]
        #[repr(u8)]
        pub enum Op { $($name,)* $($sname,)* }

        pub const OP_NAMES: &[&str] = &[$(stringify!($name),)* $(stringify!($sname),)*];
        /// The generic instruction each instruction specializes (itself for generic ones).
        pub const OP_FAMILY: &[Op] = &[$(Op::$name,)* $(Op::$fam,)*];
        const BASE_ARG_KINDS: &[ArgKind] = &[$(ArgKind::$kind),*];
        pub const OP_COUNT: usize = OP_NAMES.len();

        /// Net stack effect of `op` with argument `arg`, when the jump is (`jump`) or is not
        /// taken. A specialized form has its family's effect.
        #[allow(unused_variables)]
        pub fn stack_effect(op: Op, arg: u32, jump: bool) -> i32 {
            match op {
                $(Op::$name => { let $a = arg as i32; let $j = jump; $effect })*
                $(Op::$sname => stack_effect(Op::$fam, arg, jump),)*
            }
        }

        /// The guard parts and the action part of a specialized instruction.
        pub fn spec_parts(op: Op) -> Option<(&'static [Guard], Action)> {
            use Guard::*;
            match op {
                $(Op::$sname => Some((&[$($guard),*], Action::$action)),)*
                _ => None,
            }
        }
    };
}

/// A guard part of a specialized instruction: a condition on an operand (`n` counts stack
/// entries from the top, 1 = top of stack; `Callable` is a call's callable slot) or on the
/// dicts behind a name, checked against the instruction's inline cache. When a guard fails
/// the instruction misses and runs its generic form.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum Guard {
    /// A small (immediate) int.
    SmallInt(u8),
    /// A float.
    Float(u8),
    /// Exactly a `str`.
    Str(u8),
    /// Exactly a `list` / `tuple` / `dict`.
    List(u8),
    Tuple(u8),
    Dict(u8),
    /// A tuple / list of exactly the instruction's argument length.
    TupleLen(u8),
    ListLen(u8),
    /// An instance of a class with the cached type version (versions are never reused, so
    /// this also pins the class and everything its MRO resolves).
    TypeVersion(u8),
    /// An instance in the cached shape (hidden class): attribute `i` is in slot `index`.
    Shape(u8),
    /// The cached class itself, at the cached version.
    IsClass(u8),
    /// Exactly the cached builtin type (whose attributes cannot change).
    ExactType(u8),
    /// The cached module, whose dict (same layout version) still has the name at `index`.
    ModuleEntry(u8),
    /// The frame's globals dict is the cached one, same layout version, and its entry
    /// `index` holds the name.
    GlobalsEntry,
    /// The globals dict has gained no key since (layout version and entry count unchanged).
    GlobalsUnchanged,
    /// The builtins dict, same layout version, holds the name at entry `index`.
    BuiltinsEntry,
    /// The callable is a Python function running the cached code, which takes exactly the
    /// arguments given (no defaults, `*args`, `**kwargs`, keywords or generator).
    CallCode,
    /// The callable is a bound method of such a function.
    CallBoundMethodCode,
    /// The callable is a builtin function (no `self`), called with positional arguments.
    CallBuiltin,
    /// The callable is a builtin method whose owner is exactly the type of `self`.
    CallMethodDescriptor,
    /// The callable is a builtin type (not a class statement's).
    CallBuiltinType,
    /// The callable is the cached object (`len`, `isinstance`, `type`, `list.append`).
    CallIsCached,
    /// A range / list / tuple iterator, or a generator.
    RangeIter(u8),
    ListIter(u8),
    TupleIter(u8),
    Generator(u8),
}

/// The action part of a specialized instruction: what it does once its guards hold.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum Action {
    /// Int arithmetic; a result outside the small-int range is made a big int.
    IntAdd,
    IntSub,
    IntMul,
    FloatAdd,
    FloatSub,
    FloatMul,
    StrConcat,
    /// Any other operator on two small ints / two floats (pyjit's forms, not CPython's): the
    /// argument picks it; a result these cannot give inline (a big int, a division by zero,
    /// a negative shift) comes from the generic form.
    IntOp,
    FloatOp,
    /// `list[i]` / `tuple[i]` with bounds check (out of range: the generic error path).
    ListGetItem,
    TupleGetItem,
    DictGetItem,
    ListSetItem,
    DictSetItem,
    /// A comparison, fused with a following `POP_JUMP_IF_FALSE`/`POP_JUMP_IF_TRUE`.
    CompareInt,
    CompareFloat,
    CompareStr,
    /// Push the value of a dict entry (globals, builtins or a module's dict).
    LoadDictEntry,
    /// Push instance slot `index` (`LOAD_ATTR`) or write it, appending when the cache says
    /// (`STORE_ATTR`).
    LoadSlot,
    StoreSlot,
    /// Push the cached method and `self`.
    LoadMethod,
    /// Push the cached class attribute.
    LoadCached,
    /// Call the cached property getter with the instance, as a Python call.
    CallGetter,
    /// Push a frame for the function with the arguments in place.
    PushFrame,
    /// Call a builtin's native function directly.
    CallNative,
    Len,
    IsInstance,
    Type1,
    ListAppend,
    /// Next item of a range / list / tuple iterator, or resume a generator.
    RangeNext,
    ListNext,
    TupleNext,
    GenNext,
    /// Push the items of a tuple / list (last first).
    UnpackTuple,
    UnpackList,
}

opcodes! {
base {
    NOP: None, |a, j| 0;
    RESUME: Raw, |a, j| 0;
    POP_TOP: None, |a, j| -1;
    PUSH_NULL: None, |a, j| 1;
    COPY: Raw, |a, j| 1;
    SWAP: Raw, |a, j| 0;
    UNARY_NEGATIVE: None, |a, j| 0;
    UNARY_POSITIVE: None, |a, j| 0;
    UNARY_NOT: None, |a, j| 0;
    UNARY_INVERT: None, |a, j| 0;
    BINARY_OP: BinOp, |a, j| -1;
    BINARY_SUBSCR: None, |a, j| -1;
    STORE_SUBSCR: None, |a, j| -3;
    DELETE_SUBSCR: None, |a, j| -2;
    BINARY_SLICE: None, |a, j| -2;
    STORE_SLICE: None, |a, j| -4;
    BUILD_SLICE: Raw, |a, j| 1 - a;
    COMPARE_OP: CmpOp, |a, j| -1;
    IS_OP: Invert, |a, j| -1;
    CONTAINS_OP: Invert, |a, j| -1;
    GET_ITER: None, |a, j| 0;
    FOR_ITER: JumpFwd, |a, j| if j { -1 } else { 1 };
    LOAD_CONST: Const, |a, j| 1;
    RETURN_CONST: Const, |a, j| 0;
    LOAD_FAST: Local, |a, j| 1;
    STORE_FAST: Local, |a, j| -1;
    DELETE_FAST: Local, |a, j| 0;
    LOAD_NAME: Name, |a, j| 1;
    STORE_NAME: Name, |a, j| -1;
    DELETE_NAME: Name, |a, j| 0;
    LOAD_GLOBAL: Global, |a, j| 1 + (a & 1);
    STORE_GLOBAL: Name, |a, j| -1;
    DELETE_GLOBAL: Name, |a, j| 0;
    MAKE_CELL: Local, |a, j| 0;
    COPY_FREE_VARS: Raw, |a, j| 0;
    LOAD_CLOSURE: Local, |a, j| 1;
    LOAD_DEREF: Local, |a, j| 1;
    STORE_DEREF: Local, |a, j| -1;
    DELETE_DEREF: Local, |a, j| 0;
    LOAD_ATTR: Attr, |a, j| a & 1;
    STORE_ATTR: Name, |a, j| -2;
    DELETE_ATTR: Name, |a, j| -1;
    BUILD_TUPLE: Raw, |a, j| 1 - a;
    BUILD_LIST: Raw, |a, j| 1 - a;
    BUILD_SET: Raw, |a, j| 1 - a;
    BUILD_MAP: Raw, |a, j| 1 - 2 * a;
    BUILD_CONST_KEY_MAP: Raw, |a, j| -a;
    BUILD_STRING: Raw, |a, j| 1 - a;
    LIST_APPEND: Raw, |a, j| -1;
    SET_ADD: Raw, |a, j| -1;
    MAP_ADD: Raw, |a, j| -2;
    LIST_EXTEND: Raw, |a, j| -1;
    SET_UPDATE: Raw, |a, j| -1;
    DICT_UPDATE: Raw, |a, j| -1;
    DICT_MERGE: Raw, |a, j| -1;
    LIST_TO_TUPLE: None, |a, j| 0;
    UNPACK_SEQUENCE: Raw, |a, j| a - 1;
    UNPACK_EX: Raw, |a, j| (a & 0xff) + (a >> 8);
    FORMAT_VALUE: Format, |a, j| if a & 4 != 0 { -1 } else { 0 };
    JUMP_FORWARD: JumpFwd, |a, j| 0;
    JUMP_BACKWARD: JumpBack, |a, j| 0;
    POP_JUMP_IF_FALSE: JumpFwd, |a, j| -1;
    POP_JUMP_IF_TRUE: JumpFwd, |a, j| -1;
    POP_JUMP_IF_NONE: JumpFwd, |a, j| -1;
    POP_JUMP_IF_NOT_NONE: JumpFwd, |a, j| -1;
    JUMP_IF_FALSE_OR_POP: JumpFwd, |a, j| if j { 0 } else { -1 };
    JUMP_IF_TRUE_OR_POP: JumpFwd, |a, j| if j { 0 } else { -1 };
    MAKE_FUNCTION: MakeFn, |a, j| -((a & 0xf).count_ones() as i32);
    CALL: Raw, |a, j| -(a + 1);
    CALL_KW: Raw, |a, j| -(a + 2);
    CALL_FUNCTION_EX: Raw, |a, j| -(2 + (a & 1));
    RETURN_VALUE: None, |a, j| -1;
    RAISE_VARARGS: Raw, |a, j| -a;
    LOAD_ASSERTION_ERROR: None, |a, j| 1;
    IMPORT_NAME: Name, |a, j| 1;
    IMPORT_FROM: Name, |a, j| 1;
    PUSH_EXC_INFO: None, |a, j| 1;
    POP_EXCEPT: None, |a, j| -1;
    CHECK_EXC_MATCH: None, |a, j| 0;
    RERAISE: Raw, |a, j| -1;
    BEFORE_WITH: None, |a, j| 1;
    WITH_EXCEPT_START: None, |a, j| 1;
    WITH_EXIT: None, |a, j| -1;
    LOAD_BUILD_CLASS: None, |a, j| 1;
    YIELD_VALUE: None, |a, j| 0;
    GET_YIELD_FROM_ITER: None, |a, j| 0;
    SEND: JumpFwd, |a, j| if j { -1 } else { 0 };
    IMPORT_STAR: None, |a, j| -1;
}
// Specialized forms (CPython's names): family, guard parts, action part. The interpreter
// rewrites a generic instruction into one of these (`specialize.rs`) and back.
specialized {
    BINARY_OP_ADD_INT: BINARY_OP, [SmallInt(2), SmallInt(1)], IntAdd;
    BINARY_OP_SUBTRACT_INT: BINARY_OP, [SmallInt(2), SmallInt(1)], IntSub;
    BINARY_OP_MULTIPLY_INT: BINARY_OP, [SmallInt(2), SmallInt(1)], IntMul;
    BINARY_OP_ADD_FLOAT: BINARY_OP, [Float(2), Float(1)], FloatAdd;
    BINARY_OP_SUBTRACT_FLOAT: BINARY_OP, [Float(2), Float(1)], FloatSub;
    BINARY_OP_MULTIPLY_FLOAT: BINARY_OP, [Float(2), Float(1)], FloatMul;
    BINARY_OP_ADD_UNICODE: BINARY_OP, [Str(2), Str(1)], StrConcat;
    BINARY_OP_INT: BINARY_OP, [SmallInt(2), SmallInt(1)], IntOp;
    BINARY_OP_FLOAT: BINARY_OP, [Float(2), Float(1)], FloatOp;
    BINARY_SUBSCR_LIST_INT: BINARY_SUBSCR, [List(2), SmallInt(1)], ListGetItem;
    BINARY_SUBSCR_TUPLE_INT: BINARY_SUBSCR, [Tuple(2), SmallInt(1)], TupleGetItem;
    BINARY_SUBSCR_DICT: BINARY_SUBSCR, [Dict(2)], DictGetItem;
    STORE_SUBSCR_LIST_INT: STORE_SUBSCR, [List(2), SmallInt(1)], ListSetItem;
    STORE_SUBSCR_DICT: STORE_SUBSCR, [Dict(2)], DictSetItem;
    COMPARE_OP_INT: COMPARE_OP, [SmallInt(2), SmallInt(1)], CompareInt;
    COMPARE_OP_FLOAT: COMPARE_OP, [Float(2), Float(1)], CompareFloat;
    COMPARE_OP_STR: COMPARE_OP, [Str(2), Str(1)], CompareStr;
    LOAD_GLOBAL_MODULE: LOAD_GLOBAL, [GlobalsEntry], LoadDictEntry;
    LOAD_GLOBAL_BUILTIN: LOAD_GLOBAL, [GlobalsUnchanged, BuiltinsEntry], LoadDictEntry;
    LOAD_ATTR_INSTANCE_VALUE: LOAD_ATTR, [TypeVersion(1), Shape(1)], LoadSlot;
    LOAD_ATTR_SLOT: LOAD_ATTR, [TypeVersion(1), Shape(1)], LoadSlot;
    LOAD_ATTR_METHOD_WITH_VALUES: LOAD_ATTR, [TypeVersion(1), Shape(1)], LoadMethod;
    LOAD_ATTR_METHOD_NO_DICT: LOAD_ATTR, [ExactType(1)], LoadMethod;
    LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES: LOAD_ATTR, [TypeVersion(1), Shape(1)], LoadCached;
    LOAD_ATTR_CLASS: LOAD_ATTR, [IsClass(1)], LoadCached;
    LOAD_ATTR_PROPERTY: LOAD_ATTR, [TypeVersion(1)], CallGetter;
    LOAD_ATTR_MODULE: LOAD_ATTR, [ModuleEntry(1)], LoadDictEntry;
    STORE_ATTR_INSTANCE_VALUE: STORE_ATTR, [TypeVersion(1), Shape(1)], StoreSlot;
    STORE_ATTR_SLOT: STORE_ATTR, [TypeVersion(1), Shape(1)], StoreSlot;
    CALL_PY_EXACT_ARGS: CALL, [CallCode], PushFrame;
    CALL_BOUND_METHOD_EXACT_ARGS: CALL, [CallBoundMethodCode], PushFrame;
    CALL_BUILTIN_FAST: CALL, [CallBuiltin], CallNative;
    CALL_METHOD_DESCRIPTOR_FAST: CALL, [CallMethodDescriptor], CallNative;
    CALL_BUILTIN_CLASS: CALL, [CallBuiltinType], CallNative;
    CALL_LEN: CALL, [CallIsCached], Len;
    CALL_ISINSTANCE: CALL, [CallIsCached], IsInstance;
    CALL_TYPE_1: CALL, [CallIsCached], Type1;
    CALL_LIST_APPEND: CALL, [CallIsCached, List(2)], ListAppend;
    FOR_ITER_RANGE: FOR_ITER, [RangeIter(1)], RangeNext;
    FOR_ITER_LIST: FOR_ITER, [ListIter(1)], ListNext;
    FOR_ITER_TUPLE: FOR_ITER, [TupleIter(1)], TupleNext;
    FOR_ITER_GEN: FOR_ITER, [Generator(1)], GenNext;
    UNPACK_SEQUENCE_TWO_TUPLE: UNPACK_SEQUENCE, [TupleLen(1)], UnpackTuple;
    UNPACK_SEQUENCE_TUPLE: UNPACK_SEQUENCE, [TupleLen(1)], UnpackTuple;
    UNPACK_SEQUENCE_LIST: UNPACK_SEQUENCE, [ListLen(1)], UnpackList;
}
}

impl Op {
    #[inline(always)]
    pub fn from_u8(b: u8) -> Op {
        debug_assert!((b as usize) < OP_COUNT);
        // SAFETY: code words are only ever built by `encode` from a valid `Op`.
        unsafe { std::mem::transmute::<u8, Op>(b) }
    }
    pub fn name(self) -> &'static str {
        OP_NAMES[self as usize]
    }
    pub fn arg_kind(self) -> ArgKind {
        BASE_ARG_KINDS[self.family() as usize]
    }
    /// The generic instruction this one specializes (itself when generic).
    #[inline(always)]
    pub fn family(self) -> Op {
        OP_FAMILY[self as usize]
    }
    pub fn is_specialized(self) -> bool {
        self.family() != self
    }
    /// Generic instructions that rewrite themselves into specialized forms.
    pub fn is_adaptive(self) -> bool {
        !self.is_specialized()
            && OP_FAMILY
                .iter()
                .enumerate()
                .any(|(i, &f)| f == self && i != self as usize)
    }
    pub fn is_jump(self) -> bool {
        matches!(self.arg_kind(), ArgKind::JumpFwd | ArgKind::JumpBack)
    }
    /// Instructions after which control never falls through.
    pub fn is_terminal(self) -> bool {
        matches!(
            self,
            Op::JUMP_FORWARD
                | Op::JUMP_BACKWARD
                | Op::RETURN_VALUE
                | Op::RETURN_CONST
                | Op::RAISE_VARARGS
                | Op::RERAISE
        )
    }
}

pub const MAX_ARG: u32 = (1 << 24) - 1;

#[inline(always)]
pub fn encode(op: Op, arg: u32) -> u32 {
    debug_assert!(arg <= MAX_ARG);
    (op as u32) | (arg << 8)
}

#[inline(always)]
pub fn decode(word: u32) -> (Op, u32) {
    (Op::from_u8(word as u8), word >> 8)
}

/// Absolute target of the jump at `pc`.
pub fn jump_target(op: Op, pc: usize, arg: u32) -> usize {
    match op.arg_kind() {
        ArgKind::JumpBack => pc + 1 - arg as usize,
        _ => pc + 1 + arg as usize,
    }
}

/// `FORMAT_VALUE` conversion codes in the low two bits.
pub const FVC_NONE: u32 = 0;
pub const FVC_STR: u32 = 1;
pub const FVC_REPR: u32 = 2;
pub const FVC_ASCII: u32 = 3;
pub const FVS_HAVE_SPEC: u32 = 4;

/// `MAKE_FUNCTION` flags.
pub const MF_DEFAULTS: u32 = 1;
pub const MF_KWDEFAULTS: u32 = 2;
pub const MF_CLOSURE: u32 = 8;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_consistent() {
        const { assert!(OP_COUNT <= 256) };
        for i in 0..OP_COUNT {
            let op = Op::from_u8(i as u8);
            assert_eq!(op.name(), OP_NAMES[i]);
            let (d, a) = decode(encode(op, 12345));
            assert_eq!((d, a), (op, 12345));
        }
        assert_eq!(stack_effect(Op::BUILD_MAP, 3, false), -5);
        assert_eq!(stack_effect(Op::FOR_ITER, 7, true), -1);
        assert_eq!(jump_target(Op::JUMP_BACKWARD, 10, 4), 7);
    }

    #[test]
    fn specialized_forms_have_parts_and_generic_families() {
        for i in 0..OP_COUNT {
            let op = Op::from_u8(i as u8);
            let fam = op.family();
            assert!(!fam.is_specialized(), "{op:?}");
            assert_eq!(spec_parts(op).is_some(), op.is_specialized(), "{op:?}");
            if op.is_specialized() {
                assert!(
                    op.name().starts_with(fam.name()),
                    "{op:?} is not named after {fam:?}"
                );
                assert!(fam.is_adaptive());
                assert_eq!(op.arg_kind(), fam.arg_kind());
                assert_eq!(stack_effect(op, 2, false), stack_effect(fam, 2, false));
            }
        }
        assert!(!Op::LOAD_FAST.is_adaptive());
    }
}
