//! JIT counters for `--stats`: traces compiled, aborts by reason, blacklisted loops, time
//! spent recording and compiling, and (from the trace registry) entries and exits per trace
//! with the source line each exit resumes at.

use crate::abort::{Abort, Reason};
use crate::ir::slot_name;
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::time::Duration;

#[derive(Default)]
struct Stats {
    compiled: u64,
    aborts: BTreeMap<Reason, BTreeMap<String, u64>>,
    blacklisted: u64,
    retired: u64,
    side_traces: u64,
    trees: u64,
    recording: Duration,
    compiling: Duration,
    aarch64_ok: u64,
    aarch64_failed: u64,
}

thread_local! {
    static S: RefCell<Stats> = RefCell::new(Stats::default());
}

fn with<R>(f: impl FnOnce(&mut Stats) -> R) -> R {
    S.with(|s| f(&mut s.borrow_mut()))
}

pub fn compiled(d: Duration) {
    with(|s| {
        s.compiled += 1;
        s.compiling += d;
    })
}
pub fn recorded(d: Duration) {
    with(|s| s.recording += d)
}
pub fn abort(e: &Abort) {
    with(|s| {
        *s.aborts
            .entry(e.reason)
            .or_default()
            .entry(e.detail.clone())
            .or_default() += 1
    })
}
pub fn blacklisted() {
    with(|s| s.blacklisted += 1)
}
pub fn side_trace() {
    with(|s| s.side_traces += 1)
}
/// A root trace recompiled with its side traces in place; `d` counts as compile time.
pub fn tree(d: Duration) {
    with(|s| {
        s.trees += 1;
        s.compiling += d;
    })
}
pub fn retired() {
    with(|s| s.retired += 1)
}
pub fn aarch64(ok: bool) {
    with(|s| {
        if ok {
            s.aarch64_ok += 1
        } else {
            s.aarch64_failed += 1
        }
    })
}

/// The JIT section of `--stats`.
pub fn report() -> String {
    let mut out = String::from("JIT:\n");
    with(|s| {
        out.push_str(&format!(
            "  traces compiled: {}, aborted recordings: {}, blacklisted loops: {}, retired traces: {}, side traces: {}\n",
            s.compiled,
            s.aborts.values().flat_map(|m| m.values()).sum::<u64>(),
            s.blacklisted,
            s.retired,
            s.side_traces
        ));
        out.push_str(&format!(
            "  time recording: {:.3} ms, compiling: {:.3} ms, trace exits: {}\n",
            s.recording.as_secs_f64() * 1e3,
            s.compiling.as_secs_f64() * 1e3,
            crate::with_traces(|t| t
                .iter()
                .flat_map(|tr| tr.exit_table.iter())
                .map(|e| e.taken)
                .sum::<u64>())
        ));
        if s.trees > 0 {
            out.push_str(&format!(
                "  trace trees: {} recompilations of a root trace with its side traces in place\n",
                s.trees
            ));
        }
        if s.aarch64_ok + s.aarch64_failed > 0 {
            out.push_str(&format!(
                "  AArch64 cross-compilation: {} ok, {} failed\n",
                s.aarch64_ok, s.aarch64_failed
            ));
        }
        for (reason, details) in &s.aborts {
            let n: u64 = details.values().sum();
            out.push_str(&format!("  abort: {} x{n}\n", reason.message()));
            for (d, k) in details {
                if !d.is_empty() {
                    out.push_str(&format!("    {d} x{k}\n"));
                }
            }
        }
    });
    crate::with_traces(|traces| {
        for tr in traces.iter() {
            out.push_str(&format!(
                "  trace {} {}:{} ({}, loop at pc {}{}): entered {}x, {} IR, {} bytes{}\n",
                tr.id,
                tr.file,
                tr.lines.get(tr.header).copied().unwrap_or(0),
                tr.func,
                tr.header,
                match tr.side_of {
                    Some((t, e)) => format!(", side trace of trace {t} exit #{e}"),
                    None => String::new(),
                },
                match tr.side_of {
                    // Side traces run from their parent's exit block.
                    Some((t, e)) => traces[t as usize].exit_table[e as usize].taken,
                    None => tr.entries,
                },
                tr.trace.ins.len(),
                tr.native.size,
                if tr.live { "" } else { ", retired" }
            ));
            for (k, n) in tr.exit_table.iter().map(|e| e.taken).enumerate() {
                if n == 0 {
                    continue;
                }
                let sn = &tr.trace.snaps[k];
                let line = tr.lines.get(sn.pc as usize).copied().unwrap_or(0);
                let slots: Vec<String> = sn
                    .slots
                    .iter()
                    .map(|(s, _)| slot_name(*s, tr.trace.nlocals))
                    .collect();
                let what = if tr.link == Some(k as u32) {
                    ", the link back to the loop's trace".to_string()
                } else if tr.exit_table[k].side != 0 {
                    let side = (tr.exit_table[k].tag >> 16) & 0x7FFF;
                    format!(", then side trace {side}")
                } else {
                    String::new()
                };
                out.push_str(&format!(
                    "    exit #{k:<3} line {line:<5} pc {:<5} taken {n}x (rebuilds {}){what}\n",
                    sn.pc,
                    if slots.is_empty() {
                        "nothing".to_string()
                    } else {
                        slots.join(" ")
                    }
                ));
            }
        }
    });
    out
}
