//! Dead-code elimination: drops pure instructions and loads that nothing uses (no
//! instruction, no snapshot, no PHI), then renumbers the buffer.

use crate::ir::{IrRef, Trace};

pub fn run(t: &mut Trace) {
    let n = t.ins.len();
    let mut live = vec![false; n];
    let mut used_snaps = vec![false; t.snaps.len()];
    // Roots: everything with an effect or a guard; walk backwards so uses mark definitions
    // before they are visited.
    for i in (0..n).rev() {
        let ins = t.ins[i];
        let removable = (ins.op.is_pure() || ins.op.is_load()) && !ins.op.is_guard();
        if !removable {
            live[i] = true;
        }
        if !live[i] {
            continue;
        }
        for a in ins.args() {
            live[a.idx()] = true;
        }
        if ins.snap != u32::MAX {
            used_snaps[ins.snap as usize] = true;
            for &(_, r) in &t.snaps[ins.snap as usize].slots {
                live[r.idx()] = true;
            }
        }
    }
    // PHIs sit at the end and are roots, so what they use is marked by the same walk.
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
