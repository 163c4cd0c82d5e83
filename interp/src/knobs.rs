//! Tuning knobs, defined once: name, default and a doc line each. The CLI sets them
//! (`--knob NAME=VALUE`, `--help-knobs`); the interpreter reads them where it decides.
//!
//! Values live in process-wide atomics (relaxed loads are plain loads), so reading a knob on a
//! hot path costs one memory read.

use std::sync::atomic::{AtomicU32, Ordering::Relaxed};

macro_rules! knobs {
    ($($name:ident = $default:expr, $doc:literal;)*) => {
        /// One tuning knob.
        #[allow(non_camel_case_types)]
        #[derive(Copy, Clone, PartialEq, Eq, Debug)]
        pub enum Knob { $($name),* }

        /// `(name, default, doc)` of every knob, in `Knob` order.
        pub const KNOBS: &[(&str, u32, &str)] = &[$((stringify!($name), $default, $doc)),*];

        #[allow(clippy::declare_interior_mutable_const)]
        const INIT: [AtomicU32; KNOBS.len()] = [$(AtomicU32::new($default)),*];
        static VALUES: [AtomicU32; KNOBS.len()] = INIT;
    };
}

knobs! {
    hot_loop = 1000, "back-edges one loop takes before it is hot (counted on JUMP_BACKWARD)";
    hot_func = 1000, "calls one function takes before it is hot (counted at frame entry)";
    warmup = 1, "executions of a generic instruction before its first specialization attempt";
    cooldown = 52, "misses a specialized instruction takes before it is specialized again";
    max_backoff = 12, "largest back-off exponent: a failing instruction retries after 2^n - 1 runs";
    specialize = 1, "0 turns adaptive specialization off (every instruction stays generic)";
    jit = 1, "0 turns the tracing JIT off (hot loops are only counted)";
    jit_max_ir = 2000, "longest trace, in IR instructions, before recording aborts";
    jit_max_aborts = 6, "aborted recordings of one loop before it is blacklisted";
    jit_hot_exit = 10, "entries in a row that leave a trace before one iteration, before it is retired";
    jit_hot_side = 12, "times a trace exit is taken before a side trace is recorded from it (0: never)";
    jit_hot_tree = 100, "entries of a side trace before its root trace is recompiled with it compiled in place, linked straight into the loop (0: never)";
    jit_stress = 0, "deopt stress: a nonzero seed makes guards fail at random (1 in 8)";
    jit_aarch64 = 0, "1 also compiles every trace for AArch64 (a cross-compilation check)";
}

/// The current value of `k`.
#[inline(always)]
pub fn get(k: Knob) -> u32 {
    VALUES[k as usize].load(Relaxed)
}

/// Sets knob `name` to `value`; an error names the unknown knob.
pub fn set(name: &str, value: u32) -> Result<(), String> {
    let i = KNOBS
        .iter()
        .position(|(n, _, _)| *n == name)
        .ok_or_else(|| format!("unknown tuning knob '{name}' (see --help-knobs)"))?;
    VALUES[i].store(value, Relaxed);
    Ok(())
}

/// Parses `NAME=VALUE` and sets the knob.
pub fn set_from_arg(arg: &str) -> Result<(), String> {
    let (name, value) = arg
        .split_once('=')
        .ok_or_else(|| format!("--knob expects NAME=VALUE, got '{arg}'"))?;
    let value: u32 = value
        .trim()
        .parse()
        .map_err(|_| format!("knob '{name}' needs a non-negative integer, got '{value}'"))?;
    set(name.trim(), value)
}

/// The knob table as text, for `--help-knobs`.
pub fn describe() -> String {
    let mut s = String::from("Tuning knobs (--knob NAME=VALUE):\n");
    for (i, (name, default, doc)) in KNOBS.iter().enumerate() {
        let cur = VALUES[i].load(Relaxed);
        s.push_str(&format!("  {name:<15} default {default:<6} {doc}"));
        if cur != *default {
            s.push_str(&format!(" (now {cur})"));
        }
        s.push('\n');
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_and_parsing() {
        assert_eq!(KNOBS[Knob::cooldown as usize].0, "cooldown");
        assert!(set_from_arg("nosuch=1").unwrap_err().contains("nosuch"));
        assert!(set_from_arg("hot_loop").is_err());
        assert!(set_from_arg("hot_loop=x").is_err());
        assert!(describe().contains("hot_loop"));
    }
}
