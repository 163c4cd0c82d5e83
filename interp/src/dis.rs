//! `pyjit dis`: disassembly in the layout of CPython 3.11's `python3 -m dis`.

use crate::opcode::*;
use pyjit_runtime::code::CodeObject;
use pyjit_runtime::gc::{kind_of, payload_unchecked};
use pyjit_runtime::object::Kind;
use pyjit_runtime::ops::{BINOP_SYMBOLS, CMP_SYMBOLS, INPLACE};
use pyjit_runtime::{Runtime, Value, repr};
use std::fmt::Write;

/// Line value of instructions that belong to no source line (the function prologue).
pub const NO_LINE: u32 = u32::MAX;

/// Disassembles `code` and, recursively, every code object among its constants. With
/// `adaptive`, shows the instructions as they run now (specialized forms included), like
/// `dis.dis(f, adaptive=True)`.
pub fn dis_recursive(rt: &mut Runtime, code: Value, adaptive: bool, out: &mut String) {
    disassemble(rt, code, adaptive, out);
    let consts = payload_unchecked::<CodeObject>(code).consts.clone();
    for c in consts {
        if kind_of(c) == Some(Kind::Code) {
            let r = repr::repr(rt, c).unwrap_or_default();
            let _ = write!(out, "\nDisassembly of {r}:\n");
            dis_recursive(rt, c, adaptive, out);
        }
    }
}

fn argrepr(rt: &mut Runtime, c: &CodeObject, pc: usize, op: Op, arg: u32) -> String {
    let name = |rt: &Runtime, v: Value| rt.str_of(v).unwrap_or("?").to_string();
    match op.arg_kind() {
        ArgKind::None | ArgKind::Raw => String::new(),
        ArgKind::Const => repr::repr(rt, c.consts[arg as usize]).unwrap_or_default(),
        ArgKind::Name => name(rt, c.names[arg as usize]),
        ArgKind::Global => {
            let n = name(rt, c.names[(arg >> 1) as usize]);
            if arg & 1 == 1 {
                format!("{n} + NULL")
            } else {
                n
            }
        }
        ArgKind::Attr => {
            let n = name(rt, c.names[(arg >> 1) as usize]);
            if arg & 1 == 1 {
                format!("NULL|self + {n}")
            } else {
                n
            }
        }
        ArgKind::Local => name(rt, c.localsplus_names[arg as usize]),
        ArgKind::JumpFwd | ArgKind::JumpBack => format!("to {}", 2 * jump_target(op, pc, arg)),
        ArgKind::BinOp => {
            let sym = BINOP_SYMBOLS[(arg % INPLACE) as usize];
            if arg >= INPLACE {
                format!("{sym}=")
            } else {
                sym.to_string()
            }
        }
        ArgKind::CmpOp => CMP_SYMBOLS[arg as usize % 6].to_string(),
        ArgKind::Invert => String::new(),
        ArgKind::Format => {
            let mut parts = Vec::new();
            match arg & 3 {
                FVC_STR => parts.push("str"),
                FVC_REPR => parts.push("repr"),
                FVC_ASCII => parts.push("ascii"),
                _ => {}
            }
            if arg & FVS_HAVE_SPEC != 0 {
                parts.push("with format");
            }
            parts.join(", ")
        }
        ArgKind::MakeFn => {
            let names = ["defaults", "kwdefaults", "annotations", "closure"];
            (0..4)
                .filter(|b| arg & (1 << b) != 0)
                .map(|b| names[b])
                .collect::<Vec<_>>()
                .join(", ")
        }
    }
}

/// One code object, without recursion.
pub fn disassemble(rt: &mut Runtime, code: Value, adaptive: bool, out: &mut String) {
    let c = payload_unchecked::<CodeObject>(code);
    let n = c.code.len();
    let word = |pc: usize| if adaptive { c.word(pc) } else { c.code[pc] };
    let mut targets = vec![false; n + 1];
    for pc in 0..n {
        let (op, arg) = decode(word(pc));
        if op.is_jump() {
            targets[jump_target(op, pc, arg)] = true;
        }
    }
    let maxline = c
        .lines
        .iter()
        .copied()
        .filter(|&l| l != NO_LINE)
        .max()
        .unwrap_or(0);
    let line_w = if maxline >= 1000 {
        maxline.to_string().len()
    } else {
        3
    };
    let maxoff = 2 * n.saturating_sub(1);
    let off_w = if maxoff >= 10000 {
        maxoff.to_string().len()
    } else {
        4
    };
    let mut prev_line: Option<u32> = None;
    for pc in 0..n {
        let (op, arg) = decode(word(pc));
        let line = c.lines[pc];
        let starts = line != NO_LINE && prev_line != Some(line);
        if starts && pc > 0 {
            out.push('\n');
        }
        if line != NO_LINE {
            prev_line = Some(line);
        }
        let mut fields: Vec<String> = Vec::new();
        fields.push(if starts {
            format!("{line:>line_w$}")
        } else {
            " ".repeat(line_w)
        });
        fields.push("   ".into());
        fields.push(if targets[pc] {
            ">>".into()
        } else {
            "  ".into()
        });
        fields.push(format!("{:>off_w$}", 2 * pc));
        fields.push(format!("{:<20}", op.name()));
        if op.arg_kind() != ArgKind::None {
            fields.push(format!("{arg:>5}"));
            let r = argrepr(rt, c, pc, op, arg);
            if !r.is_empty() {
                fields.push(format!("({r})"));
            }
        }
        let l = fields.join(" ");
        out.push_str(l.trim_end());
        out.push('\n');
    }
}
