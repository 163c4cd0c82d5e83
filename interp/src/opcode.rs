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
    ($($name:ident : $kind:ident, |$a:ident, $j:ident| $effect:expr;)*) => {
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        #[derive(Copy, Clone, PartialEq, Eq, Debug)]
        #[repr(u8)]
        pub enum Op { $($name),* }

        pub const OP_NAMES: &[&str] = &[$(stringify!($name)),*];
        pub const OP_ARG_KINDS: &[ArgKind] = &[$(ArgKind::$kind),*];
        pub const OP_COUNT: usize = OP_NAMES.len();

        /// Net stack effect of `op` with argument `arg`, when the jump is (`jump`) or is not taken.
        #[allow(unused_variables)]
        pub fn stack_effect(op: Op, arg: u32, jump: bool) -> i32 {
            match op {
                $(Op::$name => { let $a = arg as i32; let $j = jump; $effect })*
            }
        }
    };
}

opcodes! {
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
        OP_ARG_KINDS[self as usize]
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
        assert_eq!(OP_NAMES.len(), OP_ARG_KINDS.len());
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
}
