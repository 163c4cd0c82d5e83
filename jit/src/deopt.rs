//! Entering a trace and leaving it. The native exit block has already written every slot
//! its snapshot lists (boxed) into the frame; what is left is to point the frame at the
//! snapshot's instruction and stack depth, so the interpreter resumes exactly there.

use crate::{TraceEntry, backend, dump, stats, with_traces};
use pyjit_interp::knobs::{self, Knob};
use pyjit_runtime::gc::payload_unchecked;
use pyjit_runtime::object::PyFunction;
use pyjit_runtime::rt::Frame;
use pyjit_runtime::{Runtime, Value};
use std::cell::Cell;

/// `JitHooks::enter`: runs trace `id` on the top frame (standing at the trace's loop header),
/// and the side traces its exits lead to. True if it started recording a side trace (the
/// interpreter then runs the next instructions in recording mode).
pub fn enter(rt: &mut Runtime, id: u32) -> bool {
    match with_traces(|traces| run(rt, traces, id)) {
        Some((loop_at, parent, exit)) => crate::start_side(rt, loop_at, parent, exit),
        None => false,
    }
}

/// A side trace to record: the loop (header, back-edge, depth at the header) and the trace
/// and exit it grows from.
pub(crate) type SideStart = ((usize, usize, usize), u32, u32);

/// Runs trace `id` (which runs the side traces attached to its exits itself) and rebuilds
/// the interpreter's frames from the exit it finally leaves through.
pub(crate) fn run(rt: &mut Runtime, traces: &mut [TraceEntry], id: u32) -> Option<SideStart> {
    let base = rt.frames.last().unwrap().base;
    debug_assert_eq!(rt.frames.last().unwrap().pc, traces[id as usize].header);
    let id = id as usize;
    // A trace's calls (inner loops, side traces) may touch more slots and push more frames
    // than its own code: the largest figures of all traces stand for them.
    let (nslots, max_inline) = LARGEST.with(|l| l.get());
    if rt.frames.len() + max_inline as usize >= rt.recursion_limit {
        // An exit could not push the inlined frames: let the interpreter run (and raise
        // RecursionError where it should).
        return None;
    }
    rt.ensure_stack(base, nslots as usize + 8);
    let tr = &mut traces[id];
    // SAFETY: the traces touch only slots `base .. base + nslots` of `rt.stack`, just
    // reserved; they call no Python code and never grow the stack, so the pointer stays
    // valid for the call.
    let code = unsafe {
        let slots = rt.stack.as_mut_ptr().add(base) as *mut u64;
        (tr.native.entry)(slots, rt as *mut Runtime)
    };
    tr.entries += 1;
    if !tr.tree_pending.is_empty() {
        crate::tree::maybe_recompile(traces, id as u32);
    }
    debug_assert_ne!(
        code,
        backend::LINK,
        "a root trace restarts itself after a link"
    );
    // An exit of another trace (an inner loop's, a side trace's) comes tagged with it.
    let (owner, exit) = if code & 0x8000_0000 != 0 {
        ((code >> 16 & 0x7FFF) as usize, (code & 0xFFFF) as usize)
    } else {
        (id, code as usize)
    };
    // An inner trace called inside an inlined callee left: first the frames of that call.
    let via = backend::VIA.swap(0, std::sync::atomic::Ordering::Relaxed);
    let mut top_base = base;
    if via != 0 {
        let (vt, vsnap) = ((via >> 32) as usize - 1, (via & 0xFFFF_FFFF) as usize);
        restore(rt, base, &traces[vt].trace, vsnap);
        top_base = rt.frames.last().unwrap().base;
    }
    let t = &mut traces[owner];
    let taken = t.exit_table[exit].taken;
    restore(rt, top_base, &t.trace, exit);
    let sn = &t.trace.snaps[exit];
    let in_frame = sn.frames.is_empty() && via == 0;
    if dump::wants(dump::EXIT) {
        dump::exit(t, exit);
    }
    if owner == id && t.side_of.is_none() {
        // A trace that keeps leaving at a type guard before it completes one iteration no
        // longer fits the loop (a type changed): retire it, so the loop is recorded again
        // as it now runs.
        if t.preroll_exit[exit] {
            t.streak += 1;
            if t.streak >= knobs::get(Knob::jit_hot_exit) {
                retire(t);
            }
        } else {
            t.streak = 0;
        }
    }
    let t = &mut traces[owner];
    let at_header = t.trace.snaps[exit].pc as usize == t.header;
    let hot = knobs::get(Knob::jit_hot_side) as u64;
    if in_frame
        && !at_header
        && hot != 0
        && t.exit_table[exit].side == 0
        && t.side_tries[exit] < SIDE_TRIES
        && taken >= hot * (t.side_tries[exit] as u64 + 1)
    {
        // A hot exit inside the loop body: record where the interpreter goes from it, up
        // to the loop header. (Exits at the header end the loop or collect.)
        t.side_tries[exit] += 1;
        return Some((
            (t.header, t.jump_pc, t.header_depth),
            owner as u32,
            exit as u32,
        ));
    }
    None
}

/// Points the top frame (its slots from `base`) at snapshot `snap` of `t` and pushes the
/// frames of the calls inlined there, as `push_frame` would have made them.
fn restore(rt: &mut Runtime, base: usize, t: &crate::ir::Trace, snap: usize) {
    let sn = &t.snaps[snap];
    let nlocals = t.nlocals as usize;
    let f = rt.frames.last_mut().unwrap();
    f.pc = sn.pc as usize;
    f.sp = base + nlocals + sn.depth as usize;
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
}

/// Recordings of a side trace tried per exit (each after another `jit_hot_side` exits).
const SIDE_TRIES: u8 = 3;

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
    /// The most slots and inlined frames of any compiled trace.
    static LARGEST: Cell<(u32, u32)> = const { Cell::new((0, 0)) };
}

/// Accounts for a newly compiled trace in the figures `run` reserves for.
pub(crate) fn note_trace(t: &crate::ir::Trace) {
    LARGEST.with(|l| {
        let (n, m) = l.get();
        l.set((n.max(t.nslots), m.max(t.max_inline)));
    });
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
