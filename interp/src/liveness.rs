//! Which locals of a function are live before each instruction: read on some path from
//! there before being written. The JIT's exits leave dead locals as the frame had them
//! (the program never reads those values again), so a trace need not keep them in
//! registers or store them when it leaves (LuaJIT's snapshot use-def analysis does the same
//! for Lua's stack slots).
//!
//! The analysis works on the code as compiled (`CodeObject::code`, never quickened) and
//! covers plain locals only: cells, free variables and the value stack always count as
//! live. A function that could look at its own frame's locals by name (`locals()`,
//! `vars()`, `dir()`, `eval`, `exec`, `breakpoint`) or through zero-argument `super()`
//! (which reads the first argument) is not analysed: every local stays live.

use crate::opcode::{ArgKind, Op, decode, jump_target};
use pyjit_runtime::Runtime;
use pyjit_runtime::code::{CO_FAST_CELL, CO_FAST_FREE, CO_FAST_LOCAL, CO_OPTIMIZED, CodeObject};

/// Names that, called from a function, read its locals.
const INTROSPECTION: &[&str] = &[
    "locals",
    "vars",
    "dir",
    "eval",
    "exec",
    "breakpoint",
    "super",
];

/// Live-in sets of plain locals, one bit set per instruction.
pub struct Liveness {
    words: usize,
    live: Vec<u64>,
    nlocals: usize,
}

impl Liveness {
    /// Whether slot `slot` may be read before it is written, starting at instruction `pc`.
    /// Slots that are not plain locals (cells, free variables, the value stack), and pcs
    /// past the code, are always live.
    pub fn is_live(&self, pc: usize, slot: usize) -> bool {
        if slot >= self.nlocals || pc * self.words >= self.live.len() {
            return true;
        }
        self.live[pc * self.words + slot / 64] >> (slot % 64) & 1 != 0
    }
}

/// The liveness of `code`'s locals, or `None` where every local must count as live (module
/// and class bodies, functions that may introspect their frame).
pub fn analyze(rt: &Runtime, code: &CodeObject) -> Option<Liveness> {
    if code.flags & CO_OPTIMIZED == 0 {
        return None;
    }
    if code
        .names
        .iter()
        .any(|&n| rt.str_of(n).is_some_and(|s| INTROSPECTION.contains(&s)))
    {
        return None;
    }
    let nlocals = code.nlocalsplus();
    let words = nlocals.div_ceil(64).max(1);
    let n = code.code.len();
    // Plain locals: the only slots whose liveness is tracked (the rest are always set).
    let plain = |s: usize| {
        let k = code.localsplus_kinds[s];
        k & CO_FAST_LOCAL != 0 && k & (CO_FAST_CELL | CO_FAST_FREE) == 0
    };
    let mut always = vec![0u64; words];
    for s in (0..nlocals).filter(|&s| !plain(s)) {
        always[s / 64] |= 1 << (s % 64);
    }
    let mut live = vec![0u64; n * words];
    let mut out = vec![0u64; words];
    // Backward dataflow to a fixed point; reverse order converges in a few passes.
    let mut changed = true;
    while changed {
        changed = false;
        for pc in (0..n).rev() {
            let (op, arg) = decode(code.code[pc]);
            out.copy_from_slice(&always);
            let or_in = |out: &mut [u64], succ: usize| {
                if succ < n {
                    for w in 0..words {
                        out[w] |= live[succ * words + w];
                    }
                }
            };
            if !op.is_terminal() {
                or_in(&mut out, pc + 1);
            }
            if op.is_jump() {
                or_in(&mut out, jump_target(op, pc, arg));
            }
            let slot = arg as usize;
            match op {
                Op::STORE_FAST if slot < nlocals && plain(slot) => {
                    out[slot / 64] &= !(1 << (slot % 64));
                }
                _ if op.arg_kind() == ArgKind::Local && slot < nlocals => {
                    out[slot / 64] |= 1 << (slot % 64);
                }
                _ => {}
            }
            // An exception raised here reaches the handler before this instruction's store.
            if let Some(h) = code.handler_for(pc) {
                or_in(&mut out, h.target as usize);
            }
            let at = &mut live[pc * words..(pc + 1) * words];
            if at != &out[..] {
                at.copy_from_slice(&out);
                changed = true;
            }
        }
    }
    Some(Liveness {
        words,
        live,
        nlocals,
    })
}
