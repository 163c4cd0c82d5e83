//! Specialization statistics for `--stats`: per instruction family, how often each form ran,
//! missed, was chosen, failed to specialize (with the reason) and was de-specialized; and how
//! many loops and functions got hot. Counting is off unless `enable` was called, so the
//! interpreter pays one predictable branch per instruction for it.

use crate::opcode::{OP_COUNT, Op};
use std::cell::RefCell;
use std::collections::BTreeMap;

#[derive(Default)]
pub struct Stats {
    pub enabled: bool,
    /// Executions per instruction (specialized forms: hits plus misses).
    pub execs: Vec<u64>,
    /// Guard failures per specialized instruction.
    pub misses: Vec<u64>,
    /// Times an instruction was rewritten into this specialized form.
    pub specialized: Vec<u64>,
    /// Failed specialization attempts per family, by reason.
    pub failures: BTreeMap<(Op, &'static str), u64>,
    /// Specialized forms rewritten after too many misses, per form.
    pub deopts: Vec<u64>,
    pub hot_loops: u64,
    pub hot_funcs: u64,
}

thread_local! {
    static STATS: RefCell<Stats> = RefCell::new(Stats::default());
}

/// Turns counting on (for this thread's interpreter).
pub fn enable() {
    STATS.with(|s| {
        let mut s = s.borrow_mut();
        s.enabled = true;
        s.execs = vec![0; OP_COUNT];
        s.misses = vec![0; OP_COUNT];
        s.specialized = vec![0; OP_COUNT];
        s.deopts = vec![0; OP_COUNT];
    });
}

pub fn enabled() -> bool {
    STATS.with(|s| s.borrow().enabled)
}

#[inline]
fn with(f: impl FnOnce(&mut Stats)) {
    STATS.with(|s| {
        let mut s = s.borrow_mut();
        if s.enabled {
            f(&mut s)
        }
    })
}

pub fn exec(op: Op) {
    with(|s| s.execs[op as usize] += 1)
}
pub fn miss(op: Op) {
    with(|s| s.misses[op as usize] += 1)
}
pub fn specialized(op: Op) {
    with(|s| s.specialized[op as usize] += 1)
}
pub fn failure(family: Op, reason: &'static str) {
    with(|s| *s.failures.entry((family, reason)).or_default() += 1)
}
pub fn deopt(op: Op) {
    with(|s| s.deopts[op as usize] += 1)
}
pub fn hot_loop() {
    with(|s| s.hot_loops += 1)
}
pub fn hot_func() {
    with(|s| s.hot_funcs += 1)
}

/// Snapshot of the counters (for tests and the report).
pub fn take() -> Stats {
    STATS.with(|s| std::mem::take(&mut *s.borrow_mut()))
}

/// The `--stats` report: one block per family that ran, its specialized forms under it.
pub fn report(s: &Stats) -> String {
    use crate::knobs::{Knob, get};
    let mut out = String::from("pyjit specialization stats\n");
    out.push_str(&format!(
        "{:<32} {:>12} {:>10} {:>8} {:>9} {:>7}\n",
        "instruction", "executed", "misses", "chosen", "failures", "deopts"
    ));
    let families: Vec<Op> = (0..OP_COUNT)
        .map(|i| Op::from_u8(i as u8))
        .filter(|op| op.is_adaptive())
        .collect();
    for fam in families {
        let members: Vec<Op> = (0..OP_COUNT)
            .map(|i| Op::from_u8(i as u8))
            .filter(|op| op.family() == fam)
            .collect();
        let total: u64 = members.iter().map(|&m| s.execs[m as usize]).sum();
        let fails: u64 = s
            .failures
            .iter()
            .filter(|((f, _), _)| *f == fam)
            .map(|(_, n)| n)
            .sum();
        if total == 0 && fails == 0 {
            continue;
        }
        for m in members {
            let i = m as usize;
            if m != fam && s.execs[i] == 0 && s.specialized[i] == 0 {
                continue;
            }
            let name = if m == fam {
                m.name().to_string()
            } else {
                format!("  {}", m.name())
            };
            let (misses, chosen, deopts) = if m == fam {
                (String::new(), String::new(), String::new())
            } else {
                (
                    s.misses[i].to_string(),
                    s.specialized[i].to_string(),
                    s.deopts[i].to_string(),
                )
            };
            let failures = if m == fam {
                fails.to_string()
            } else {
                String::new()
            };
            let row = format!(
                "{name:<32} {:>12} {misses:>10} {chosen:>8} {failures:>9} {deopts:>7}",
                s.execs[i]
            );
            out.push_str(row.trim_end());
            out.push('\n');
        }
        for ((f, reason), n) in &s.failures {
            if *f == fam {
                out.push_str(&format!("    failure: {reason:<40} {n:>10}\n"));
            }
        }
    }
    out.push_str(&format!(
        "hot loops: {} (threshold {} back-edges), hot functions: {} (threshold {} calls)\n",
        s.hot_loops,
        get(Knob::hot_loop),
        s.hot_funcs,
        get(Knob::hot_func)
    ));
    out
}
