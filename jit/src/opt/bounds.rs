//! One bounds check per index in the loop body.
//!
//! `xs[i]`, `ys[i]`, `zs[i]` in a loop body guard `i < len(xs)`, `i < len(ys)`, ... in turn.
//! When those lengths are loop invariants (computed before the loop body), the first guard
//! checks `i < min(len(xs), len(ys), ...)` instead and the others go. Leaving at the first
//! guard when a later one would have failed is exact: that guard's snapshot resumes the
//! interpreter there, and it redoes everything after it, the failing index included. Only
//! an out-of-range index leaves earlier, which raises `IndexError` anyway.
//!
//! The minimum is computed at the end of the pre-roll, so the body reads one value.

use crate::ir::{Ins, IrRef, Op, Trace};
use std::collections::{BTreeMap, HashMap};

pub fn run(t: &mut Trace) {
    let Some(body) = t.ins.iter().position(|i| i.op == Op::LOOP) else {
        return;
    };
    // Per index: the body's `GUARD_TRUE(LT(i, len))` with `len` from before the body, as
    // (guard, compare, len), in order.
    let mut checks: BTreeMap<IrRef, Vec<(usize, usize, IrRef)>> = BTreeMap::new();
    for g in body..t.ins.len() {
        let ins = t.ins[g];
        if ins.op != Op::GUARD_TRUE {
            continue;
        }
        let c = ins.a.idx();
        let cmp = t.ins[c];
        if cmp.op == Op::LT && c > body && cmp.b.idx() < body {
            checks.entry(cmp.a).or_default().push((g, c, cmp.b));
        }
    }
    // The first guard's compare changes meaning: nothing else may read it.
    let mut uses = vec![0u32; t.ins.len()];
    for ins in &t.ins {
        for a in ins.args() {
            uses[a.idx()] += 1;
        }
    }
    for sn in &t.snaps {
        for &(_, r) in &sn.slots {
            uses[r.idx()] += 1;
        }
    }
    checks.retain(|_, v| {
        v.dedup_by_key(|e| e.2);
        v.len() > 1 && uses[v[0].1] == 1
    });
    if checks.is_empty() {
        return;
    }
    // The minima go right before `LOOP`; everything from `LOOP` on moves up by their count.
    let mut mins = Vec::new();
    // Indices checked against the same lengths share their minima.
    let mut made: HashMap<(IrRef, IrRef), IrRef> = HashMap::new();
    let mut firsts = Vec::new();
    for v in checks.values() {
        let mut m = v[0].2;
        for &(_, _, len) in &v[1..] {
            if len == m {
                continue;
            }
            m = *made.entry((m, len)).or_insert_with(|| {
                mins.push(Ins::new(Op::IMIN, m, len, 0));
                IrRef((body + mins.len() - 1) as u32)
            });
        }
        firsts.push((v[0].1, m));
        for &(g, _, _) in &v[1..] {
            t.ins[g] = Ins::removed();
        }
    }
    let k = mins.len() as u32;
    let shift = |r: IrRef| {
        if r != IrRef::NONE && r.idx() >= body {
            IrRef(r.0 + k)
        } else {
            r
        }
    };
    for ins in &mut t.ins[body..] {
        let n = ins.op.nargs();
        if n > 0 {
            ins.a = shift(ins.a);
        }
        if n > 1 {
            ins.b = shift(ins.b);
        }
    }
    for sn in &mut t.snaps {
        for (_, r) in &mut sn.slots {
            *r = shift(*r);
        }
    }
    for (_, r) in &mut t.end_slots {
        *r = shift(*r);
    }
    for (c, m) in firsts {
        t.ins[c].b = m;
    }
    t.ins.splice(body..body, mins);
}
