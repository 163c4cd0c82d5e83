//! Range-loop indices in the loop body are never negative.
//!
//! `for i in range(a, b, s)` with `a >= 0` and `s > 0` counts up from `a`: the pre-roll
//! guards both (`a >= 0` before indexing a list with it, `s > 0` to step the iterator), and
//! `RANGE_OK` keeps every position a small int, so `i + s` cannot wrap. In the body the
//! index is a PHI whose next value is `i + s`, so it stays non-negative, and:
//!
//! - the body's `i >= 0` guards (list indexing) go;
//! - the body's `RANGE_SET` stores only the position's low word (`imm` 1): the high word
//!   of the i128 position is 0 already (the position was non-negative at the pre-roll's
//!   guard, after which only non-negative positions are stored).
//!
//! Only guards from the pre-roll count as facts, and only the body is changed: every
//! pre-roll guard has passed before the body runs.

use crate::ir::{Ins, IrRef, Op, Trace};

pub fn run(t: &mut Trace) {
    let Some(body) = t.ins.iter().position(|i| i.op == Op::LOOP) else {
        return;
    };
    let kint = |r: IrRef| {
        let i = t.ins.get(r.idx())?;
        (i.op == Op::KINT).then_some(i.imm as i64)
    };
    // Pre-roll facts: values guarded `>= 0` (non-negative) and `> 0` (positive).
    let mut nonneg = vec![false; t.ins.len()];
    let mut pos = vec![false; t.ins.len()];
    for ins in &t.ins[..body] {
        if ins.op != Op::GUARD_TRUE {
            continue;
        }
        let c = t.ins[ins.a.idx()];
        match (c.op, kint(c.b)) {
            (Op::GE, Some(k)) if k >= 0 => nonneg[c.a.idx()] = true,
            (Op::GT, Some(k)) if k >= 0 => pos[c.a.idx()] = true,
            _ => {}
        }
    }
    // Small ints by construction (a range's fields under `RANGE_OK`, small constants):
    // sums of two of them cannot wrap.
    let small = |r: IrRef| {
        let i = t.ins[r.idx()];
        match i.op {
            Op::RANGE_CUR | Op::RANGE_STEP | Op::RANGE_STOP => true,
            Op::KINT => (i.imm as i64).unsigned_abs() < 1 << 47,
            _ => false,
        }
    };
    let positive = |r: IrRef| pos[r.idx()] || kint(r).is_some_and(|k| k > 0);
    let non_negative = |r: IrRef| nonneg[r.idx()] || kint(r).is_some_and(|k| k >= 0);
    // The pre-roll value a body index starts from: `cur + step` of the pre-roll's own
    // step, with `cur >= 0` and `step > 0` guarded.
    let starts_non_negative = |r: IrRef| {
        let i = t.ins[r.idx()];
        r.idx() < body
            && (non_negative(r)
                || (i.op == Op::IADD
                    && small(i.a)
                    && small(i.b)
                    && non_negative(i.a)
                    && (positive(i.b) || non_negative(i.b))))
    };
    // Body indices: PHI(a, b) with b = a + s, s a positive pre-roll value.
    let mut index = vec![false; t.ins.len()];
    for ins in &t.ins[body..] {
        if ins.op != Op::PHI {
            continue;
        }
        let step = t.ins[ins.b.idx()];
        let s = match step.op {
            Op::IADD if step.a == ins.a => step.b,
            Op::IADD if step.b == ins.a => step.a,
            _ => continue,
        };
        if s.idx() < body && small(s) && positive(s) && starts_non_negative(ins.a) {
            index[ins.a.idx()] = true;
            index[ins.b.idx()] = true;
        }
    }
    let mut drop = Vec::new();
    let mut low = Vec::new();
    for (g, ins) in t.ins.iter().enumerate().skip(body) {
        match ins.op {
            Op::GUARD_TRUE => {
                let c = t.ins[ins.a.idx()];
                if c.op == Op::GE && index[c.a.idx()] && kint(c.b).is_some_and(|k| k <= 0) {
                    drop.push(g);
                }
            }
            Op::RANGE_SET if index[ins.b.idx()] => low.push(g),
            _ => {}
        }
    }
    for g in drop {
        t.ins[g] = Ins::removed();
    }
    for g in low {
        t.ins[g].imm = 1;
    }
}
