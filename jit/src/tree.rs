//! Trace trees: a root trace recompiled with its side traces compiled into its own function
//! (see `backend::Tree`), so that a hot side exit neither leaves the root's code nor
//! restarts its pre-roll.
//!
//! A side trace first runs as compiled alone, called from its parent's exit block. Once it
//! has been entered `jit_hot_tree` times (a knob), the next time the root returns to `deopt::run` the
//! root is recompiled with every side trace attached in its tree in place. Recompiling
//! costs the whole tree's compile time again, so it waits until a side trace proves hot,
//! and a root is recompiled at most `TREE_MAX_COMPILES` times.

use crate::{TraceEntry, backend, deopt, dump, stats};
use pyjit_interp::knobs::{self, Knob};
use std::time::Instant;

/// Recompilations of one root.
const TREE_MAX_COMPILES: u32 = 8;
/// Most side traces compiled into one root's function, and most IR instructions in all.
const TREE_MAX_SIDES: usize = 24;
const TREE_MAX_INS: usize = 2000;

/// The root of trace `id`'s tree.
fn root_of(traces: &[TraceEntry], mut id: u32) -> u32 {
    while let Some((p, _)) = traces[id as usize].side_of {
        id = p;
    }
    id
}

/// Side trace `id` was just attached to its parent's exit: its root waits for it to get hot.
pub(crate) fn attached(traces: &mut [TraceEntry], id: u32) {
    if knobs::get(Knob::jit_hot_tree) == 0 {
        return;
    }
    let (p, e) = traces[id as usize].side_of.unwrap();
    let taken = traces[p as usize].exit_table[e as usize].taken;
    let root = root_of(traces, id);
    let r = &mut traces[root as usize];
    if r.live && r.tree_compiles < TREE_MAX_COMPILES {
        r.tree_pending.push((id, taken));
        // The parent's exit leaves the root's code once the side trace got hot, so that
        // `deopt::run` sees it even if the root's loop never ends.
        traces[p as usize].exit_table[e as usize].tree_at =
            taken + knobs::get(Knob::jit_hot_tree) as u64;
    }
}

/// Called by `deopt::run` when root `root` (with side traces pending) has returned:
/// recompiles it if one of them got hot.
pub(crate) fn maybe_recompile(traces: &mut [TraceEntry], root: u32) {
    let hot_at = knobs::get(Knob::jit_hot_tree) as u64;
    let hot = traces[root as usize].tree_pending.iter().any(|&(id, at)| {
        let (p, e) = traces[id as usize].side_of.unwrap();
        traces[p as usize].exit_table[e as usize].taken >= at + hot_at
    });
    if hot {
        traces[root as usize].tree_pending.clear();
        recompile(traces, root);
    }
}

/// Recompiles `root` with every side trace attached in its tree compiled in place. The
/// old code stays mapped (`TraceEntry::replaced`).
fn recompile(traces: &mut [TraceEntry], root: u32) {
    let t0 = Instant::now();
    let r = &traces[root as usize];
    if !r.live {
        return;
    }
    let mut tree = backend::Tree {
        root,
        header_depth: r.header_depth as u32,
        count_in_place: pyjit_interp::stats::enabled(),
        ..Default::default()
    };
    let mut members = vec![root];
    let mut size = r.trace.ins.len();
    // Side traces come after their parents in the registry.
    for tr in &traces[root as usize + 1..] {
        let Some((p, e)) = tr.side_of else { continue };
        if !members.contains(&p)
            || tree.sides.len() >= TREE_MAX_SIDES
            || size + tr.trace.ins.len() > TREE_MAX_INS
        {
            continue;
        }
        size += tr.trace.ins.len();
        members.push(tr.id);
        tree.sides.insert(
            (p, e),
            backend::TreeSide {
                id: tr.id,
                trace: &tr.trace,
                exit_table: tr.exit_table.as_ptr(),
                // Only native code touches the caches (Rust never reads them).
                global_caches: tr.global_caches.as_ptr() as *mut _,
            },
        );
    }
    let opts = backend::Options {
        stress: (knobs::get(Knob::jit_stress) != 0).then_some(deopt::stress_fail as _),
        exit_table: r.exit_table.as_ptr(),
        side: false,
        global_caches: r.global_caches.as_ptr() as *mut _,
    };
    if knobs::get(Knob::jit_aarch64) != 0 {
        match backend::compile_aarch64(&r.trace, opts, &tree) {
            Ok(_) => stats::aarch64(true),
            Err(e) => {
                stats::aarch64(false);
                eprintln!("pyjit: trace tree {root} does not compile for AArch64: {e}");
            }
        }
    }
    let name = format!("trace{root}_tree{}", tree.sides.len());
    let result = backend::compile(&r.trace, &name, opts, &tree, dump::wants(dump::ASM));
    drop(tree);
    let r = &mut traces[root as usize];
    r.tree_compiles += 1;
    match result {
        Ok(native) => {
            dump::tree(root, &native);
            dump::machine_code(root, &native);
            *r.entry_cell = native.addr as u64;
            r.replaced.push(std::mem::replace(&mut r.native, native));
            dump::perf_map(r);
            stats::tree(t0.elapsed());
        }
        // The tree's parts each compiled alone; they keep running as they are.
        Err(e) => stats::abort(&crate::abort::Abort::new(
            crate::abort::Reason::Backend,
            format!("trace tree {root}: {e}"),
        )),
    }
}
