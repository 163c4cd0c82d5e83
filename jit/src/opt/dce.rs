//! Dead-code elimination: drops pure instructions and loads that nothing uses (no
//! instruction, no snapshot, no PHI), then renumbers the buffer.

use crate::ir::{IrRef, Op, Trace};

pub fn run(t: &mut Trace) {
    let n = t.ins.len();
    let body = t
        .ins
        .iter()
        .position(|i| i.op == Op::LOOP)
        .map_or(n, |l| l + 1);
    // A PHI is needed only if the loop body uses the value it carries (`a`, the pre-roll's
    // value, stands for it in the body): grow the set of needed PHIs to a fixed point.
    let mut phis = vec![false; n];
    let (live, used_snaps) = loop {
        let (live, used_snaps, body_uses) = mark(t, body, &phis);
        let mut grew = false;
        for i in body..n {
            let ins = t.ins[i];
            if ins.op == Op::PHI && !phis[i] && body_uses[ins.a.idx()] {
                phis[i] = true;
                grew = true;
            }
        }
        if !grew {
            break (live, used_snaps);
        }
    };
    let mut map = vec![IrRef::NONE; n];
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        if live[i] {
            let mut ins = t.ins[i];
            for r in [&mut ins.a, &mut ins.b] {
                if *r != IrRef::NONE {
                    *r = map[r.idx()];
                }
            }
            map[i] = IrRef(out.len() as u32);
            out.push(ins);
        }
    }
    t.ins = out;
    for sn in &mut t.snaps {
        for (_, r) in &mut sn.slots {
            *r = map[r.idx()];
        }
    }
    // Snapshots of removed guards are kept (ids stay stable) but emptied.
    for (k, used) in used_snaps.into_iter().enumerate() {
        if !used {
            t.snaps[k].slots.clear();
        }
    }
    for (_, r) in &mut t.end_slots {
        *r = map[r.idx()];
    }
}

/// Marks what is live: everything with an effect or a guard, the PHIs in `phis`, and what
/// they use (instructions and the snapshots of live guards). Also returns the values that
/// something live at or after `body` uses. Walks backwards, so uses mark definitions
/// before they are visited (PHIs sit at the end).
fn mark(t: &Trace, body: usize, phis: &[bool]) -> (Vec<bool>, Vec<bool>, Vec<bool>) {
    let n = t.ins.len();
    let mut live = vec![false; n];
    let mut used_snaps = vec![false; t.snaps.len()];
    let mut body_uses = vec![false; n];
    for i in (0..n).rev() {
        let ins = t.ins[i];
        let removable =
            ins.op == Op::PHI || ((ins.op.is_pure() || ins.op.is_load()) && !ins.op.is_guard());
        if !removable || phis[i] {
            live[i] = true;
        }
        if !live[i] {
            continue;
        }
        // A live PHI's `b` counts as a body use: it may be another PHI's value.
        let in_body = i >= body;
        for a in ins.args() {
            live[a.idx()] = true;
            body_uses[a.idx()] |= in_body;
        }
        if ins.snap != u32::MAX {
            used_snaps[ins.snap as usize] = true;
            for &(_, r) in &t.snaps[ins.snap as usize].slots {
                live[r.idx()] = true;
                body_uses[r.idx()] |= in_body;
            }
        }
    }
    (live, used_snaps, body_uses)
}
