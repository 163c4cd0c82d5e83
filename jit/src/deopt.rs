//! Entering a trace and leaving it. The native exit block has already written every slot
//! its snapshot lists (boxed) into the frame; what is left is to point the frame at the
//! snapshot's instruction and stack depth, so the interpreter resumes exactly there.

use crate::{dump, stats, with_traces};
use pyjit_interp::knobs::{self, Knob};
use pyjit_runtime::gc::payload_unchecked;
use pyjit_runtime::object::PyFunction;
use pyjit_runtime::rt::Frame;
use pyjit_runtime::{Runtime, Value};
use std::cell::Cell;

/// `JitHooks::enter`: runs trace `id` on the top frame (standing at the trace's loop header).
pub fn enter(rt: &mut Runtime, id: u32) {
    with_traces(|traces| {
        let tr = &mut traces[id as usize];
        let base = rt.frames.last().unwrap().base;
        debug_assert_eq!(rt.frames.last().unwrap().pc, tr.header);
        if rt.frames.len() + tr.trace.max_inline as usize >= rt.recursion_limit {
            // An exit could not push the inlined frames: let the interpreter run (and raise
            // RecursionError where it should).
            return;
        }
        // Inlined frames' slots lie above the frame's own.
        rt.ensure_stack(base, tr.trace.nslots as usize + 8);
        // SAFETY: the trace touches only slots `base .. base + nslots` of `rt.stack`, just
        // reserved; it calls no Python code and never grows the stack, so the pointer stays
        // valid for the call.
        let code = unsafe {
            let slots = rt.stack.as_mut_ptr().add(base) as *mut u64;
            (tr.native.entry)(slots, rt as *mut Runtime)
        };
        tr.entries += 1;
        // An exit of an inner loop's trace this one called comes tagged with its trace.
        let (owner, exit) = if code & 0x8000_0000 != 0 {
            ((code >> 16 & 0x7FFF) as usize, (code & 0xFFFF) as usize)
        } else {
            (id as usize, code as usize)
        };
        let t = &mut traces[owner];
        t.exits[exit] += 1;
        let sn = &t.trace.snaps[exit];
        let nlocals = t.trace.nlocals as usize;
        let f = rt.frames.last_mut().unwrap();
        f.pc = sn.pc as usize;
        f.sp = base + nlocals + sn.depth as usize;
        // The frames of calls inlined at the exit, as `push_frame` would have made them.
        for sf in &sn.frames {
            let func = Value(sf.func);
            let pf = payload_unchecked::<PyFunction>(func);
            let fbase = base + sf.base as usize;
            rt.frames.push(Frame {
                ret_at: base + sf.ret as usize,
                pc: sf.pc as usize,
                sp: fbase + sf.nlocals as usize + sf.depth as usize,
                ..Frame::new(func, pf.code, pf.globals, fbase)
            });
        }
        rt.stack_top = base + sn.top(nlocals as u32) as usize;
        if dump::wants(dump::EXIT) {
            dump::exit(t, exit);
        }
        stats::exit();
        let tr = &mut traces[id as usize];
        if owner != id as usize {
            return;
        }
        // A trace that keeps leaving before it completes one iteration no longer fits the
        // loop (a type changed, say): retire it, so the loop is recorded again as it now
        // runs. (Side traces attached to hot exits are the better cure; not built yet.)
        if tr.preroll_exit[exit] {
            tr.streak += 1;
            if tr.streak >= knobs::get(Knob::jit_hot_exit) {
                retire(tr);
            }
        } else {
            tr.streak = 0;
        }
    })
}

/// Detaches a trace from its loop; the loop counts again from zero (or is blacklisted after
/// too many recordings).
fn retire(tr: &mut crate::TraceEntry) {
    tr.live = false;
    // SAFETY: the cache belongs to a code object that lives as long as the runtime; the
    // interpreter holds no reference to it during `enter`.
    let c = unsafe { &mut *tr.cache };
    c.aux2 = 0;
    if crate::back_off(c) {
        c.aux2 = pyjit_interp::jit_hooks::BLACKLISTED;
        stats::blacklisted();
    }
    stats::retired();
    if dump::wants(dump::EXIT | dump::ABORT) {
        dump::retired(tr);
    }
}

thread_local! {
    static STRESS: Cell<u64> = const { Cell::new(0) };
}

/// Deopt stress: called by every guard when `jit_stress` is set; 1 (fail the guard) about
/// one time in eight, from a xorshift sequence seeded by the knob.
pub extern "C" fn stress_fail() -> u64 {
    STRESS.with(|s| {
        let mut x = s.get();
        if x == 0 {
            x = knobs::get(Knob::jit_stress) as u64 | 0x9E37_79B9_0000_0000;
        }
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        s.set(x);
        (x & 7 == 0) as u64
    })
}
