//! The operating system's side of files: open, read, write, seek, truncate, close and
//! isatty on a file descriptor (through libc, retrying on EINTR), and OSError values
//! with CPython's subclass and message for an errno.

use crate::value::Value;
use crate::{PyErr, Runtime};

/// An errno from a failed call.
pub type Errno = i32;

fn last_errno() -> Errno {
    std::io::Error::last_os_error()
        .raw_os_error()
        .unwrap_or(libc::EIO)
}

/// Runs `f` until it does not fail with EINTR, unless the signal was SIGINT (then the
/// EINTR is returned and becomes KeyboardInterrupt: `error`).
fn retry(mut f: impl FnMut() -> isize) -> Result<usize, Errno> {
    loop {
        let r = f();
        if r >= 0 {
            return Ok(r as usize);
        }
        let e = last_errno();
        if e != libc::EINTR || crate::signals::interrupted() {
            return Err(e);
        }
    }
}

/// `open(2)` of `path` with `flags` (O_CLOEXEC added), mode 0o666 for a new file.
pub fn open(path: &str, flags: i32) -> Result<i32, Errno> {
    let c = std::ffi::CString::new(path).map_err(|_| libc::EINVAL)?;
    // SAFETY: `c` is a NUL-terminated path that lives across the call.
    let fd = retry(|| unsafe { libc::open(c.as_ptr(), flags | libc::O_CLOEXEC, 0o666) as isize })?;
    let fd = fd as i32;
    if is_dir(fd) {
        let _ = close(fd);
        return Err(libc::EISDIR);
    }
    Ok(fd)
}

fn is_dir(fd: i32) -> bool {
    // SAFETY: `st` is written by fstat before it is read; a failed fstat leaves it zeroed.
    unsafe {
        let mut st: libc::stat = std::mem::zeroed();
        libc::fstat(fd, &mut st) == 0 && (st.st_mode & libc::S_IFMT) == libc::S_IFDIR
    }
}

/// The (device, inode) of `fd`, to tell whether two descriptors name one file.
pub fn identity(fd: i32) -> Option<(u64, u64)> {
    // SAFETY: as in `is_dir`.
    unsafe {
        let mut st: libc::stat = std::mem::zeroed();
        (libc::fstat(fd, &mut st) == 0).then_some((st.st_dev, st.st_ino))
    }
}

/// Reads up to `buf.len()` bytes; 0 at end of file.
pub fn read(fd: i32, buf: &mut [u8]) -> Result<usize, Errno> {
    // SAFETY: `buf` is valid for `buf.len()` writable bytes.
    retry(|| unsafe { libc::read(fd, buf.as_mut_ptr().cast(), buf.len()) })
}

/// Writes all of `data`.
pub fn write_all(fd: i32, mut data: &[u8]) -> Result<(), Errno> {
    while !data.is_empty() {
        // SAFETY: `data` is valid for `data.len()` readable bytes.
        let n = retry(|| unsafe { libc::write(fd, data.as_ptr().cast(), data.len()) })?;
        data = &data[n..];
    }
    Ok(())
}

/// `lseek(2)`: the new position.
pub fn seek(fd: i32, offset: i64, whence: i32) -> Result<u64, Errno> {
    // SAFETY: lseek only reads its arguments.
    let r = unsafe { libc::lseek(fd, offset, whence) };
    if r < 0 {
        Err(last_errno())
    } else {
        Ok(r as u64)
    }
}

pub fn truncate(fd: i32, size: u64) -> Result<(), Errno> {
    // SAFETY: ftruncate only reads its arguments.
    retry(|| unsafe { libc::ftruncate(fd, size as i64) as isize }).map(|_| ())
}

pub fn close(fd: i32) -> Result<(), Errno> {
    // SAFETY: the caller owns `fd` and forgets it after this call (EINTR is not retried:
    // the descriptor is released either way on Linux).
    if unsafe { libc::close(fd) } < 0 {
        Err(last_errno())
    } else {
        Ok(())
    }
}

pub fn isatty(fd: i32) -> bool {
    // SAFETY: isatty only reads its argument.
    unsafe { libc::isatty(fd) == 1 }
}

/// The C library's message for `errno` ("No such file or directory").
pub fn strerror(errno: Errno) -> String {
    let e = std::io::Error::from_raw_os_error(errno).to_string();
    match e.rfind(" (os error") {
        Some(i) => e[..i].to_string(),
        None => e,
    }
}

/// The OSError subclass CPython raises for `errno`.
fn error_type(rt: &Runtime, errno: Errno) -> Value {
    let t = &rt.t;
    match errno {
        libc::ENOENT => t.file_not_found_error,
        libc::EEXIST => t.file_exists_error,
        libc::EISDIR => t.is_a_directory_error,
        libc::ENOTDIR => t.not_a_directory_error,
        libc::EACCES | libc::EPERM => t.permission_error,
        libc::EPIPE | libc::ESHUTDOWN => t.broken_pipe_error,
        libc::EAGAIN | libc::EALREADY | libc::EINPROGRESS => t.blocking_io_error,
        libc::EINTR => t.interrupted_error,
        libc::ECHILD => t.child_process_error,
        libc::ESRCH => t.process_lookup_error,
        libc::ETIMEDOUT => t.timeout_error,
        libc::ECONNABORTED => t.connection_aborted_error,
        libc::ECONNREFUSED => t.connection_refused_error,
        libc::ECONNRESET => t.connection_reset_error,
        _ => t.os_error,
    }
}

/// The OSError for `errno`, printed `[Errno n] message` (and `: 'filename'` if given).
pub fn error(rt: &mut Runtime, errno: Errno, filename: Option<&str>) -> PyErr {
    if errno == libc::EINTR && crate::signals::take() {
        return rt.new_error_args(rt.t.keyboard_interrupt, vec![]);
    }
    let ty = error_type(rt, errno);
    let msg = strerror(errno);
    os_error(rt, ty, errno, &msg, filename)
}

/// An OSError of type `ty` with `errno`, `strerror` and `filename` (None if not given),
/// printed `[Errno n] msg: 'file'`.
pub fn os_error(
    rt: &mut Runtime,
    ty: Value,
    errno: Errno,
    msg: &str,
    filename: Option<&str>,
) -> PyErr {
    let n = Value::small_int(errno as i64);
    let m = rt.new_str(msg);
    let f = match filename {
        Some(f) => rt.new_str(f),
        None => Value::NONE,
    };
    let e = rt.new_error_args(ty, vec![n, m]);
    for (k, v) in [("errno", n), ("strerror", m), ("filename", f)] {
        let key = rt.intern(k);
        let _ = crate::attr::generic_setattr(rt, e.0, key, Some(v));
    }
    e
}
