//! The interface the evaluation loop offers a JIT. The `jit` crate fills in [`JitHooks`] at
//! start-up; `interp` never depends on it.
//!
//! Protocol (all calls are made with the top frame saved: `pc` and `sp` current):
//! - A `JUMP_BACKWARD` whose back-edge count reaches its threshold calls `hot_loop` with the
//!   jump's own pc (the frame's pc is already the loop header). If it returns true, recording
//!   has begun: the loop switches to its slow instance and calls `record` before every
//!   instruction, until `record` returns false.
//! - A `JUMP_BACKWARD` whose cache carries a trace (`aux2` = trace id + 1) calls `enter`,
//!   which runs the native trace and returns with the frame's `pc` and `sp` set to the exact
//!   instruction to resume at (every frame slot already rebuilt, and the frames of calls the
//!   trace inlined pushed). If it returns true, a side trace's recording has begun there:
//!   the loop switches to its slow instance, as after `hot_loop`.

use pyjit_runtime::Runtime;
use std::cell::Cell;
use std::sync::OnceLock;

/// `InlineCache::aux2` of a `JUMP_BACKWARD` whose loop is never traced again.
pub const BLACKLISTED: u32 = u32::MAX;

pub struct JitHooks {
    /// The loop closed by the `JUMP_BACKWARD` at `jump_pc` is hot. True: recording began.
    pub hot_loop: fn(&mut Runtime, jump_pc: usize) -> bool,
    /// Recording: the instruction at the frame's pc is about to run. False: recording ended.
    pub record: fn(&mut Runtime) -> bool,
    /// Runs trace `id` from the loop header the top frame stands at. True: recording began.
    pub enter: fn(&mut Runtime, id: u32) -> bool,
}

static HOOKS: OnceLock<JitHooks> = OnceLock::new();

thread_local! {
    static RECORDING: Cell<bool> = const { Cell::new(false) };
    static MOVED: Cell<bool> = const { Cell::new(false) };
}

/// Installs the JIT (once per process).
pub fn install(h: JitHooks) {
    let _ = HOOKS.set(h);
}

#[inline(always)]
pub fn hooks() -> Option<&'static JitHooks> {
    HOOKS.get()
}

#[inline(always)]
pub fn recording() -> bool {
    RECORDING.with(|r| r.get())
}

pub fn set_recording(on: bool) {
    RECORDING.with(|r| r.set(on))
}

/// The `record` hook ran code that moved the top frame on (an inner loop's trace): the
/// interpreter reloads its frame and calls the hook again where it now stands.
pub fn set_moved() {
    MOVED.with(|m| m.set(true))
}

/// Whether the frame moved since the last call (and clears it).
pub fn take_moved() -> bool {
    MOVED.with(|m| m.replace(false))
}
