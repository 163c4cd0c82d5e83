//! pyjit's tracing JIT: the recorder (`record`), the trace IR (`ir`), the optimizer
//! (`opt`), the Cranelift backend (`backend`), trace entry and exits (`deopt`), and what
//! users see of it (`dump`, `stats`). `install` plugs it into the interpreter's hooks.
//!
//! Life of a loop: the interpreter counts its back-edges; at the threshold `hot_loop` starts
//! a recorder, the interpreter calls `record` before each instruction of the next
//! iteration, and when the recorder closes the loop the trace is optimized, compiled and
//! attached to the loop's `JUMP_BACKWARD` (its inline cache's `aux2`), where the interpreter
//! enters it from then on. An abort makes the loop wait twice as long before the next try;
//! after `jit_max_aborts` tries it is blacklisted.

pub mod abort;
pub mod backend;
mod deopt;
pub mod dump;
pub mod ir;
pub mod opt;
pub mod record;
pub mod stats;
mod tree;

use abort::Abort;
use pyjit_interp::jit_hooks::{self, BLACKLISTED, JitHooks};
use pyjit_interp::knobs::{self, Knob};
use pyjit_interp::liveness::Liveness;
use pyjit_runtime::Runtime;
use pyjit_runtime::code::CodeObject;
use pyjit_runtime::gc::payload_unchecked;
use pyjit_runtime::jit_helpers;
use record::{Recorder, Step};
use std::cell::RefCell;
use std::time::Instant;

/// A compiled trace and what it came from.
pub struct TraceEntry {
    pub id: u32,
    /// Source file and function (copied: reports run after the runtime is gone).
    pub file: String,
    pub func: String,
    /// Source line of each instruction of the code object.
    pub lines: Vec<u32>,
    pub header: usize,
    pub jump_pc: usize,
    pub trace: ir::Trace,
    pub native: backend::Native,
    /// The address of `native`'s entry, where the `CALL_TRACE`s of outer traces read it
    /// (boxed: its address stays put).
    pub entry_cell: Box<u64>,
    /// Per exit (snapshot number): times taken and the side trace it runs, read and
    /// written by the native code (see `backend::ExitSlot`).
    pub exit_table: Box<[backend::ExitSlot]>,
    /// The caches of the trace's global loads (see `jit_helpers::GlobalCache`), read and
    /// written by the native code.
    pub global_caches: Box<[jit_helpers::GlobalCache]>,
    /// Exits of type guards in the pre-roll: taken again and again, they mean the trace
    /// no longer fits the loop (not a loop that often ends early, as with `break`).
    pub preroll_exit: Vec<bool>,
    /// Consecutive entries that left through a pre-roll exit.
    pub streak: u32,
    pub entries: u64,
    /// False once retired (see `deopt::enter`).
    pub live: bool,
    /// The loop's value-stack depth at its header.
    pub header_depth: usize,
    /// For a side trace: the trace and exit it grew from, and its `LINK` exit.
    pub side_of: Option<(u32, u32)>,
    pub link: Option<u32>,
    /// Per exit: side-trace recordings tried (the side trace itself is in `exit_table`).
    pub side_tries: Vec<u8>,
    /// For a root trace: its side traces attached since its code was last compiled, with
    /// their parent exit's count then (see `tree`).
    pub tree_pending: Vec<(u32, u64)>,
    /// Times the root was recompiled as a tree, and the code those replaced (other traces'
    /// `CALL_TRACE`s may still call it, so it stays mapped).
    pub tree_compiles: u32,
    pub replaced: Vec<backend::Native>,
    /// The loop's code object (code objects live as long as the runtime).
    pub code: &'static CodeObject,
    /// The loop's `JUMP_BACKWARD` cache.
    pub cache: *mut pyjit_runtime::code::InlineCache,
}

#[derive(Default)]
struct State {
    recorder: Option<(Recorder, Instant)>,
    traces: Vec<TraceEntry>,
}

thread_local! {
    static JIT: RefCell<State> = RefCell::new(State::default());
}

/// Plugs the JIT into the interpreter (once per process).
pub fn install() {
    jit_hooks::install(JitHooks {
        hot_loop,
        record,
        enter: deopt::enter,
    });
}

/// Starts recording a side trace from exit `exit` of trace `parent` (the top frame stands
/// where the exit resumes). False if a recording is already under way.
pub(crate) fn start_side(
    rt: &mut Runtime,
    loop_at: (usize, usize, usize),
    parent: u32,
    exit: u32,
) -> bool {
    JIT.with(|j| {
        let mut j = j.borrow_mut();
        if j.recorder.is_some() {
            return false;
        }
        // Deopt stress fails guards whatever their condition: an exit then implies nothing.
        let known = if knobs::get(Knob::jit_stress) == 0 {
            j.traces[parent as usize].trace.known_at_exit(exit)
        } else {
            Vec::new()
        };
        let rec = Recorder::new_side(rt, loop_at, parent, exit, &known);
        dump::start(&rec);
        j.recorder = Some((rec, Instant::now()));
        jit_hooks::set_recording(true);
        true
    })
}

fn hot_loop(rt: &mut Runtime, jump_pc: usize) -> bool {
    JIT.with(|j| {
        let mut j = j.borrow_mut();
        if j.recorder.is_some() {
            // Busy recording another loop (from a nested interpreter): count this one again
            // from zero, or its counter would run past the threshold and never trip.
            let code = payload_unchecked::<CodeObject>(rt.frames.last().unwrap().code);
            // SAFETY: the interpreter is between instructions; no cache reference is live.
            unsafe { code.cache_at(jump_pc) }.index = 0;
            return false;
        }
        let rec = Recorder::new(rt, jump_pc);
        dump::start(&rec);
        j.recorder = Some((rec, Instant::now()));
        jit_hooks::set_recording(true);
        true
    })
}

fn record(rt: &mut Runtime) -> bool {
    JIT.with(|j| {
        let mut j = j.borrow_mut();
        let State { recorder, traces } = &mut *j;
        let Some((rec, _)) = recorder.as_mut() else {
            jit_hooks::set_recording(false);
            return false;
        };
        match rec.step(rt, traces) {
            Ok(Step::Continue) => true,
            Ok(Step::RunInner(id)) => {
                // The interpreter reloads its frame after this hook: it continues where the
                // inner trace left (a side trace it would start is not recorded now).
                let _ = deopt::run(rt, traces, id);
                jit_hooks::set_moved();
                true
            }
            Ok(Step::Closed) => {
                let (mut rec, started) = j.recorder.take().unwrap();
                jit_hooks::set_recording(false);
                stats::recorded(started.elapsed());
                let t0 = Instant::now();
                let id = j.traces.len() as u32;
                let code = rec.code;
                let quiet_above = rec
                    .side_of
                    .is_some_and(|(parent, _)| calls_no_helper(&j.traces, parent));
                let live = pyjit_interp::liveness::analyze(rt, rec.code);
                match finish(&mut rec, id, quiet_above, live.as_ref()) {
                    Ok(entry) => {
                        stats::compiled(t0.elapsed());
                        if let Some((parent, exit)) = entry.side_of {
                            // From now on the parent's exit block calls the side trace.
                            let p = &mut j.traces[parent as usize];
                            let slot = &mut p.exit_table[exit as usize];
                            slot.tag = backend::tag(id) as u64;
                            slot.side = entry.native.addr as u64;
                            stats::side_trace();
                        } else {
                            // SAFETY: the interpreter is between instructions; no cache
                            // reference is live.
                            let c = unsafe { code.cache_at(entry.jump_pc) };
                            c.aux2 = id + 1;
                            c.index = 0;
                        }
                        dump::perf_map(&entry);
                        deopt::note_trace(&entry.trace);
                        let side = entry.side_of.is_some();
                        j.traces.push(entry);
                        if side {
                            tree::attached(&mut j.traces, id);
                        }
                    }
                    Err(e) => aborted(&rec, e),
                }
                false
            }
            Err(e) => {
                let (rec, started) = j.recorder.take().unwrap();
                jit_hooks::set_recording(false);
                stats::recorded(started.elapsed());
                aborted(&rec, e);
                false
            }
        }
    })
}

/// Whether trace `id` and the traces it grows from (up to its root) call no helper.
fn calls_no_helper(traces: &[TraceEntry], mut id: u32) -> bool {
    loop {
        let t = &traces[id as usize];
        if t.trace.ins.iter().any(|i| i.calls_helper()) {
            return false;
        }
        match t.side_of {
            Some((parent, _)) => id = parent,
            None => return true,
        }
    }
}

/// Optimizes and compiles a closed recording (`quiet_above`: a side trace whose parents
/// call no helper, see `opt::gc_check`; `live`: the liveness of its frame's locals).
fn finish(
    rec: &mut Recorder,
    id: u32,
    quiet_above: bool,
    live: Option<&Liveness>,
) -> Result<TraceEntry, Abort> {
    dump::recorded(id, rec);
    let em = std::mem::take(&mut rec.em);
    let mut t = std::mem::replace(&mut rec.trace, ir::Trace::new(0));
    let is_live = |pc: u32, slot: u32| live.is_none_or(|l| l.is_live(pc as usize, slot as usize));
    let header = rec.header as u32;
    opt::optimize(
        &mut t,
        em,
        quiet_above,
        live.map(|_| (header, &is_live as _)),
    )?;
    dump::optimized(id, &t);
    // The exit table lives as long as the code that counts and dispatches through it.
    let exit_table: Box<[backend::ExitSlot]> =
        (0..t.snaps.len()).map(|_| Default::default()).collect();
    // Each global load and module attribute load gets a cache of where it found its name.
    let mut nglobals = 0;
    for ins in t
        .ins
        .iter_mut()
        .filter(|i| matches!(i.op, ir::Op::GLOBAL | ir::Op::DICT_STR))
    {
        ins.imm = nglobals;
        nglobals += 1;
    }
    let mut global_caches: Box<[jit_helpers::GlobalCache]> =
        (0..nglobals).map(|_| Default::default()).collect();
    let opts = backend::Options {
        stress: (knobs::get(Knob::jit_stress) != 0).then_some(deopt::stress_fail as _),
        exit_table: exit_table.as_ptr(),
        side: rec.side_of.is_some(),
        global_caches: global_caches.as_mut_ptr(),
    };
    if knobs::get(Knob::jit_aarch64) != 0 {
        match backend::compile_aarch64(&t, opts, &backend::Tree::default()) {
            Ok(_) => stats::aarch64(true),
            Err(e) => {
                stats::aarch64(false);
                eprintln!("pyjit: trace {id} does not compile for AArch64: {e}");
            }
        }
    }
    let name = format!("trace{id}");
    // A trace compiled alone is a tree of one (its id tags what it stores in `VIA`).
    let alone = backend::Tree {
        root: id,
        ..Default::default()
    };
    let native = match backend::compile(&t, &name, opts, &alone, dump::wants(dump::ASM)) {
        Ok(n) => n,
        Err(e) => return Err(Abort::new(abort::Reason::Backend, e)),
    };
    dump::machine_code(id, &native);
    let loop_at = t.loop_start().unwrap_or(t.ins.len());
    let mut preroll_exit = vec![false; t.snaps.len()];
    for ins in &t.ins[..loop_at] {
        if ins.snap != u32::MAX && type_guard(&t, ins) {
            preroll_exit[ins.snap as usize] = true;
        }
    }
    let link = t
        .ins
        .last()
        .filter(|i| i.op == ir::Op::LINK)
        .map(|i| i.snap);
    let nsnaps = t.snaps.len();
    Ok(TraceEntry {
        id,
        header_depth: rec.header_depth,
        side_of: rec.side_of,
        link,
        side_tries: vec![0; nsnaps],
        tree_pending: Vec::new(),
        tree_compiles: 0,
        replaced: Vec::new(),
        file: dump::code_file(rec.code),
        func: dump::code_name(rec.code),
        lines: rec.code.lines.clone(),
        header: rec.header,
        jump_pc: rec.jump_pc,
        trace: t,
        entry_cell: Box::new(native.addr as u64),
        native,
        exit_table,
        global_caches,
        preroll_exit,
        streak: 0,
        entries: 0,
        live: true,
        code: rec.code,
        // SAFETY: only the address is taken here.
        cache: unsafe { rec.code.cache_at(rec.jump_pc) } as *mut _,
    })
}

/// Recordings that found the loop ending (retried at once) or an inner loop without a
/// trace (retried a threshold later), without backing off, per loop (counted in the loop's
/// `JUMP_BACKWARD` cache's otherwise unused `version`).
const LOOP_EXIT_RETRIES: u32 = 16;

/// A guard on a value's type or identity (rather than on the program's control flow).
fn type_guard(t: &ir::Trace, ins: &ir::Ins) -> bool {
    use ir::Op;
    match ins.op {
        Op::UNBOX_INT | Op::UNBOX_FLOAT | Op::GUARD_KIND | Op::SEQ_ITER_OK | Op::RANGE_OK => true,
        Op::GUARD_TRUE | Op::GUARD_FALSE => {
            let c = t.get(ins.a);
            matches!(c.op, Op::EQ | Op::NE) && t.ty(c.a) == ir::Ty::Box
        }
        _ => false,
    }
}

/// Backs the loop off (or blacklists it) after a failed recording.
fn aborted(rec: &Recorder, e: Abort) {
    stats::abort(&e);
    if rec.side_of.is_some() {
        // A side trace's exit is tried a few times (counted in `deopt::run`); the loop's
        // own counters are left alone.
        dump::aborted(rec, &e, false);
        return;
    }
    // SAFETY: as in `record`.
    let c = unsafe { rec.code.cache_at(rec.jump_pc) };
    if e.reason == abort::Reason::LoopExit && c.version < LOOP_EXIT_RETRIES {
        // The recorded iteration was the loop's last (a short inner loop, say): that says
        // nothing about the loop body, so try again at the very next back-edge.
        c.version += 1;
        c.index = (knobs::get(Knob::hot_loop) << c.backoff).wrapping_sub(1);
        dump::aborted(rec, &e, false);
        return;
    }
    if e.reason == abort::Reason::InnerLoop
        && e.detail.starts_with("loop at")
        && c.version < LOOP_EXIT_RETRIES
    {
        // An inner loop without a trace yet: it is likely to have one by the time this
        // loop is hot again, so wait one more threshold without backing off.
        c.version += 1;
        c.index = 0;
        dump::aborted(rec, &e, false);
        return;
    }
    let black = back_off(c);
    if black {
        c.aux2 = BLACKLISTED;
        stats::blacklisted();
    }
    dump::aborted(rec, &e, black);
}

/// After a failed recording or a retired trace: the loop waits twice as long before it is
/// hot again (`hot_loop << backoff`, the shift kept under 16 whatever the knobs say), or is
/// blacklisted after `jit_max_aborts` tries. True if blacklisted.
pub(crate) fn back_off(c: &mut pyjit_runtime::code::InlineCache) -> bool {
    c.index = 0;
    c.backoff = (c.backoff + 1).min(16);
    c.backoff as u32 >= knobs::get(Knob::jit_max_aborts).min(16)
}

/// Runs `f` with the trace registry.
pub(crate) fn with_traces<R>(f: impl FnOnce(&mut Vec<TraceEntry>) -> R) -> R {
    JIT.with(|j| f(&mut j.borrow_mut().traces))
}

/// The optimized IR of every trace compiled so far in this thread, named `file:line func`
/// (for benchmarks and tools that re-run the backend on real traces).
pub fn compiled_traces() -> Vec<(String, ir::Trace)> {
    with_traces(|traces| {
        traces
            .iter()
            .map(|t| {
                let line = t.lines.get(t.header).copied().unwrap_or(0);
                (format!("{}:{line} {}", t.file, t.func), t.trace.clone())
            })
            .collect()
    })
}
