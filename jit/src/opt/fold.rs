//! Constant folding and algebraic simplification, applied to every instruction as it is
//! emitted (by the recorder and by the passes that copy instructions). Also the type rules
//! that make a guard redundant: unboxing a value whose type is already known.

use crate::ir::{Ins, IrRef, Op, Trace, Ty};
use pyjit_runtime::Value;
use pyjit_runtime::int;

/// What folding made of an instruction.
pub enum Fold {
    /// Emit this (maybe simplified) instruction.
    Emit(Ins),
    /// Use an existing value instead (`IrRef::NONE` for a guard that always holds).
    Same(IrRef),
    /// A guard that always fails: the trace cannot run.
    Fails,
    /// Emit this constant: `(op, type, bits)`.
    Const(Op, Ty, u64),
}

fn kint(t: &Trace, r: IrRef) -> Option<i64> {
    let i = t.get(r);
    (i.op == Op::KINT).then_some(i.imm as i64)
}

fn kfloat(t: &Trace, r: IrRef) -> Option<f64> {
    let i = t.get(r);
    (i.op == Op::KFLOAT).then_some(f64::from_bits(i.imm))
}

fn int_const(x: i64) -> Fold {
    Fold::Const(Op::KINT, Ty::Int, x as u64)
}

fn bool_const(b: bool) -> Fold {
    Fold::Const(Op::KINT, Ty::Bool, b as u64)
}

fn float_const(f: f64) -> Fold {
    Fold::Const(Op::KFLOAT, Ty::Float, f.to_bits())
}

/// Folds `ins` against what is known about its operands.
pub fn fold(t: &Trace, ins: Ins) -> Fold {
    use Op::*;
    let (a, b) = (ins.a, ins.b);
    let ai = if ins.op.nargs() >= 1 {
        Some(t.get(a))
    } else {
        None
    };
    // Two int constants.
    if ins.op.nargs() == 2
        && let (Some(x), Some(y)) = (kint(t, a), kint(t, b))
        && t.ty(a) == Ty::Int
        && t.ty(b) == Ty::Int
    {
        let r = match ins.op {
            ADDOV => Some(x + y),
            SUBOV => Some(x - y),
            MULOV => x.checked_mul(y),
            FLOORDIV if y != 0 => Some(int::floordiv_i64(x, y)),
            MOD if y != 0 => Some(int::mod_i64(x, y)),
            FLOORDIV | MOD => return Fold::Fails,
            BAND => Some(x & y),
            BOR => Some(x | y),
            BXOR => Some(x ^ y),
            LT => return bool_const(x < y),
            LE => return bool_const(x <= y),
            EQ => return bool_const(x == y),
            NE => return bool_const(x != y),
            GT => return bool_const(x > y),
            GE => return bool_const(x >= y),
            _ => None,
        };
        if let Some(r) = r {
            return if Value::fits_small(r) {
                int_const(r)
            } else {
                Fold::Fails
            };
        }
    }
    if ins.op.nargs() == 2
        && let (Some(x), Some(y)) = (kfloat(t, a), kfloat(t, b))
    {
        match ins.op {
            FADD => return float_const(x + y),
            FSUB => return float_const(x - y),
            FMUL => return float_const(x * y),
            FLT => return bool_const(x < y),
            FLE => return bool_const(x <= y),
            FEQ => return bool_const(x == y),
            FNE => return bool_const(x != y),
            FGT => return bool_const(x > y),
            FGE => return bool_const(x >= y),
            _ => {}
        }
    }
    // Identity of one value, or of two boxed constants.
    if matches!(ins.op, EQ | NE) {
        let same = if a == b {
            Some(true)
        } else {
            match (t.get(a), t.get(b)) {
                (x, y) if x.op == KBOX && y.op == KBOX => Some(x.imm == y.imm),
                _ => None,
            }
        };
        if let Some(same) = same {
            return bool_const(same == (ins.op == EQ));
        }
    }
    let Some(ai) = ai else {
        return Fold::Emit(ins);
    };
    match ins.op {
        // Type rules: an unboxing guard on a value of known type.
        UNBOX_INT => match (ai.op, ai.ty) {
            (_, Ty::Int) => Fold::Same(a),
            (BOX_INT, _) => Fold::Same(ai.a),
            (KBOX, _) if Value(ai.imm).is_small_int() => int_const(Value(ai.imm).as_small_int()),
            (BOX_FLOAT | BOX_BOOL | KBOX, _) | (_, Ty::Float | Ty::Bool) => Fold::Fails,
            _ => Fold::Emit(ins),
        },
        UNBOX_FLOAT => match (ai.op, ai.ty) {
            (_, Ty::Float) => Fold::Same(a),
            (BOX_FLOAT, _) => Fold::Same(ai.a),
            (KBOX, _) if Value(ai.imm).is_float() => float_const(Value(ai.imm).as_float()),
            (BOX_INT | BOX_BOOL | KBOX, _) | (_, Ty::Int | Ty::Bool) => Fold::Fails,
            _ => Fold::Emit(ins),
        },
        BOX_INT => match ai.op {
            UNBOX_INT => Fold::Same(ai.a),
            KINT => Fold::Const(KBOX, Ty::Box, Value::small_int(ai.imm as i64).0),
            _ => Fold::Emit(ins),
        },
        BOX_FLOAT => match ai.op {
            UNBOX_FLOAT => Fold::Same(ai.a),
            KFLOAT => Fold::Const(KBOX, Ty::Box, Value::float(f64::from_bits(ai.imm)).0),
            _ => Fold::Emit(ins),
        },
        BOX_BOOL if ai.op == KINT => Fold::Const(KBOX, Ty::Box, Value::bool(ai.imm != 0).0),
        ITOF if ai.op == KINT => float_const(ai.imm as i64 as f64),
        NOT if ai.op == KINT => bool_const(ai.imm == 0),
        NOT if ai.op == NOT => Fold::Same(ai.a),
        FNEG if ai.op == KFLOAT => float_const(-f64::from_bits(ai.imm)),
        NEGOV if ai.op == KINT => {
            let r = -(ai.imm as i64);
            if Value::fits_small(r) {
                int_const(r)
            } else {
                Fold::Fails
            }
        }
        GUARD_TRUE | GUARD_FALSE if ai.op == KINT => {
            if (ai.imm != 0) == (ins.op == GUARD_TRUE) {
                Fold::Same(IrRef::NONE)
            } else {
                Fold::Fails
            }
        }
        // Identities.
        ADDOV | SUBOV | BOR | BXOR if kint(t, b) == Some(0) => Fold::Same(a),
        MULOV | FLOORDIV if kint(t, b) == Some(1) => Fold::Same(a),
        _ => Fold::Emit(ins),
    }
}
