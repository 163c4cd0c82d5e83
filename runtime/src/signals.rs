//! SIGINT as CPython handles it: the handler only sets flags; the interpreter raises
//! KeyboardInterrupt at its next safe point (`Runtime::safepoint`: loop back-edges and
//! calls). The handler also sets the heap's "collection pending" flag, which every loop
//! of native code checks (`GC_CHECK`), so a running trace leaves for the interpreter within
//! one iteration. A blocking read or sleep is woken by the signal (no SA_RESTART) and
//! raises too. An uncaught KeyboardInterrupt ends the process by SIGINT (`exit_by_sigint`),
//! as CPython does, so the shell sees status 130.

use std::sync::atomic::{AtomicBool, AtomicPtr, Ordering};

static INTERRUPTED: AtomicBool = AtomicBool::new(false);
/// The runtime's `heap.pending` flag, written by the handler.
static PENDING: AtomicPtr<bool> = AtomicPtr::new(std::ptr::null_mut());

extern "C" fn on_sigint(_: libc::c_int) {
    INTERRUPTED.store(true, Ordering::SeqCst);
    let p = PENDING.load(Ordering::SeqCst);
    if !p.is_null() {
        // SAFETY: `p` is the runtime's pending flag, alive while the handler is installed
        // (see `install`); a one-byte volatile store is async-signal-safe.
        unsafe { std::ptr::write_volatile(p, true) };
    }
}

/// Installs the SIGINT handler. `pending` must outlive the program (the runtime's heap
/// flag: the runtime is made once and lives until exit).
pub fn install(pending: &mut bool) {
    PENDING.store(pending, Ordering::SeqCst);
    // SAFETY: a zeroed sigaction with a valid handler and an empty mask is a valid argument;
    // the handler only touches atomics and one byte.
    unsafe {
        // Like CPython, leave SIGINT ignored if it was ignored at startup (a background
        // job of a non-interactive shell).
        let mut old: libc::sigaction = std::mem::zeroed();
        libc::sigaction(libc::SIGINT, std::ptr::null(), &mut old);
        if old.sa_sigaction == libc::SIG_IGN {
            return;
        }
        let mut sa: libc::sigaction = std::mem::zeroed();
        sa.sa_sigaction = on_sigint as *const () as usize;
        libc::sigemptyset(&mut sa.sa_mask);
        libc::sigaction(libc::SIGINT, &sa, std::ptr::null_mut());
    }
}

/// Blocks SIGINT in the calling thread, so that the process-wide signal is delivered to
/// the interpreter's thread (where it wakes a blocking read). Called by the main thread
/// after it started the interpreter on a thread of its own.
pub fn block_in_this_thread() {
    // SAFETY: a local signal set, initialized by sigemptyset before use.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        libc::sigaddset(&mut set, libc::SIGINT);
        libc::pthread_sigmask(libc::SIG_BLOCK, &set, std::ptr::null_mut());
    }
}

/// Whether SIGINT arrived since the last `take` (the flag stays set).
pub fn interrupted() -> bool {
    INTERRUPTED.load(Ordering::SeqCst)
}

/// Whether SIGINT arrived; clears the flag.
pub fn take() -> bool {
    INTERRUPTED.swap(false, Ordering::SeqCst)
}

/// Ends the process by SIGINT with its default action (after output was flushed).
pub fn exit_by_sigint() -> ! {
    // SAFETY: restoring the default action and raising the signal; if it returns (it
    // should not), exit with the status a shell shows for it.
    unsafe {
        libc::signal(libc::SIGINT, libc::SIG_DFL);
        libc::raise(libc::SIGINT);
    }
    std::process::exit(130)
}
