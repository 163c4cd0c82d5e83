//! File objects: `open()` and `sys.stdin` / `sys.stdout` / `sys.stderr`, as CPython's `io`
//! stack behaves (a raw file descriptor, a buffer of 8192 bytes each way, and for text
//! files a codec and newline translation), in one object kind.
//!
//! Rules:
//! - Written data sits in the write buffer until it fills, `flush()`, `close()`, a read or
//!   seek on the same object, a line end on a line-buffered stream, the object being
//!   collected, or interpreter exit (`flush_at_exit`). Nothing is lost on any of those paths.
//! - A read after writes flushes them; a write after reads moves the descriptor back over
//!   the bytes read ahead, so the two share one position as in CPython.
//! - CPython frees an unreachable file at once (reference counting) and so flushes it;
//!   pyjit collects later. So that `open(p, 'w').write(s)` followed by `open(p).read()`
//!   sees `s`, opening a file first flushes every unreachable file object with pending
//!   writes to the same file (`flush_unreachable_to`).

pub mod methods;
pub mod open;
pub mod print;
pub mod raw;
pub mod text;

use crate::gc::payload_unchecked;
use crate::object::Kind;
use crate::value::Value;
use crate::{PyErr, PyResult, Runtime};
use raw::Errno;

/// io.DEFAULT_BUFFER_SIZE.
pub const BUFFER_SIZE: usize = 8192;

/// What ends a line when reading one.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Term {
    /// `\n` (binary files, `newline='\n'`).
    Lf,
    /// `newline='\r'`.
    Cr,
    /// `newline='\r\n'`.
    CrLf,
    /// `\n`, `\r\n` or `\r` (universal newlines: `newline=None` or `''`).
    Any,
}

enum Ends {
    At(usize),
    No,
    NeedMore,
}

impl Term {
    /// Whether a line ends with byte `i` of `b` (`At(length of the line)`), given that
    /// `eof` says no byte follows `b`.
    fn ends_at(self, b: &[u8], i: usize, eof: bool) -> Ends {
        let Some(&c) = b.get(i) else {
            return Ends::No;
        };
        let next = b.get(i + 1).copied();
        match (self, c) {
            (Term::Lf | Term::Any, b'\n') | (Term::Cr, b'\r') => Ends::At(i + 1),
            (Term::CrLf | Term::Any, b'\r') => match next {
                Some(b'\n') => Ends::At(i + 2),
                Some(_) if self == Term::Any => Ends::At(i + 1),
                None if !eof => Ends::NeedMore,
                _ if self == Term::Any => Ends::At(i + 1),
                _ => Ends::No,
            },
            _ => Ends::No,
        }
    }
}

/// A file object.
pub struct PyFile {
    /// The descriptor; meaningless once `closed`.
    pub fd: i32,
    /// Whether closing the object closes the descriptor (`closefd`).
    pub closefd: bool,
    /// `.name`: the path (a str) or the descriptor (an int), `'<stdout>'` for stdio.
    pub name: Value,
    /// `.mode` as CPython reports it (`'r'`, `'w'`, `'rb'`, `'r+'`, ...).
    pub mode: String,
    pub readable: bool,
    pub writable: bool,
    /// Text layer: None for a binary file.
    pub text: Option<text::Text>,
    pub closed: bool,
    /// Bytes read ahead of the position; `rpos` is the next one.
    rbuf: Vec<u8>,
    rpos: usize,
    /// Bytes written and not yet passed to the descriptor.
    wbuf: Vec<u8>,
}

impl crate::object::Trace for PyFile {
    fn trace(&self, out: &mut Vec<Value>) {
        out.push(self.name);
    }
    fn extra_bytes(&self) -> usize {
        self.rbuf.capacity() + self.wbuf.capacity()
    }
}

impl Drop for PyFile {
    fn drop(&mut self) {
        finalize(self);
    }
}

/// A collected file is flushed and closed, as CPython's finalizer does (errors are
/// ignored: there is no one to report them to).
pub fn finalize(f: &mut PyFile) {
    let _ = f.close();
}

impl PyFile {
    pub fn new(fd: i32, name: Value, mode: String, rw: (bool, bool)) -> PyFile {
        PyFile {
            fd,
            closefd: true,
            name,
            mode,
            readable: rw.0,
            writable: rw.1,
            text: None,
            closed: false,
            rbuf: Vec::new(),
            rpos: 0,
            wbuf: Vec::new(),
        }
    }

    /// Passes the write buffer to the descriptor. On an error the unwritten bytes stay, as
    /// CPython's buffered writer keeps them.
    pub fn flush_writes(&mut self) -> Result<(), Errno> {
        if self.wbuf.is_empty() {
            return Ok(());
        }
        let data = std::mem::take(&mut self.wbuf);
        let r = raw::write_all(self.fd, &data);
        // Nothing can be written to a closed pipe again: its bytes are dropped (CPython
        // does not report them a second time at exit).
        if r.is_err() && r != Err(libc::EPIPE) {
            self.wbuf = data;
        }
        r
    }

    pub fn drop_pending(&mut self) {
        self.wbuf.clear();
    }

    pub fn has_pending_writes(&self) -> bool {
        !self.wbuf.is_empty()
    }

    /// Before a read: writes go out first.
    fn start_read(&mut self) -> Result<(), Errno> {
        self.flush_writes()
    }

    /// Before a write: the descriptor goes back over the bytes read ahead (if it can
    /// seek). A text file does not: as in CPython, its text layer has taken the bytes read
    /// ahead, and a write after a read lands after them.
    fn start_write(&mut self) -> Result<(), Errno> {
        let ahead = self.rbuf.len() - self.rpos;
        if ahead > 0 && self.text.is_none() {
            raw::seek(self.fd, -(ahead as i64), libc::SEEK_CUR)?;
        }
        self.rbuf.clear();
        self.rpos = 0;
        Ok(())
    }

    /// Reads more bytes into the read-ahead buffer: how many (0 at end of file).
    fn fill(&mut self) -> Result<usize, Errno> {
        if self.rpos > 0 {
            self.rbuf.drain(..self.rpos);
            self.rpos = 0;
        }
        let old = self.rbuf.len();
        self.rbuf.resize(old + BUFFER_SIZE, 0);
        let r = raw::read(self.fd, &mut self.rbuf[old..]);
        self.rbuf.truncate(old + *r.as_ref().unwrap_or(&0));
        r
    }

    /// The unread bytes in the buffer.
    fn ahead(&self) -> &[u8] {
        &self.rbuf[self.rpos..]
    }

    /// Makes at least `n` bytes available ahead (fewer at end of file).
    fn want(&mut self, n: usize) -> Result<(), Errno> {
        self.start_read()?;
        while self.ahead().len() < n {
            if self.fill()? == 0 {
                break;
            }
        }
        Ok(())
    }

    /// Takes `n` bytes (at most what is ahead).
    fn take(&mut self, n: usize) -> Vec<u8> {
        let n = n.min(self.ahead().len());
        let v = self.ahead()[..n].to_vec();
        self.rpos += n;
        v
    }

    /// Everything up to the end of the file.
    pub fn read_all(&mut self) -> Result<Vec<u8>, Errno> {
        self.start_read()?;
        while self.fill()? > 0 {}
        Ok(self.take(usize::MAX))
    }

    /// Up to `n` bytes (fewer only at end of file).
    pub fn read_bytes(&mut self, n: usize) -> Result<Vec<u8>, Errno> {
        self.want(n)?;
        Ok(self.take(n))
    }

    /// Bytes up to and including the next line end (`term`), or to the end of the file; at
    /// most `limit` bytes.
    pub fn read_line(&mut self, limit: usize, term: Term) -> Result<Vec<u8>, Errno> {
        self.start_read()?;
        let mut from = 0;
        loop {
            let ahead = self.ahead();
            let mut i = from;
            while i < ahead.len().min(limit) {
                match term.ends_at(ahead, i, false) {
                    Ends::At(len) => return Ok(self.take(len.min(limit))),
                    Ends::No => i += 1,
                    Ends::NeedMore => break,
                }
            }
            if i >= limit {
                return Ok(self.take(limit));
            }
            from = i;
            if self.fill()? == 0 {
                let ahead = self.ahead();
                let len = (from..ahead.len())
                    .find_map(|i| match term.ends_at(ahead, i, true) {
                        Ends::At(len) => Some(len),
                        _ => None,
                    })
                    .unwrap_or(ahead.len());
                return Ok(self.take(len.min(limit)));
            }
        }
    }

    /// Gives back the last `n` bytes taken (still in the buffer: nothing was read since).
    pub fn unread(&mut self, n: usize) {
        self.rpos -= n;
    }

    /// Appends `data` to the write buffer, passing it on when the buffer is full.
    pub fn write_bytes(&mut self, data: &[u8]) -> Result<(), Errno> {
        self.start_write()?;
        self.wbuf.extend_from_slice(data);
        if self.wbuf.len() >= BUFFER_SIZE {
            self.flush_writes()?;
        }
        Ok(())
    }

    /// The position as Python sees it: the descriptor's, less what was read ahead, plus
    /// what waits to be written.
    pub fn tell(&mut self) -> Result<u64, Errno> {
        let at = raw::seek(self.fd, 0, libc::SEEK_CUR)?;
        let ahead = (self.rbuf.len() - self.rpos) as u64;
        Ok(at - ahead + self.wbuf.len() as u64)
    }

    pub fn seek(&mut self, offset: i64, whence: i32) -> Result<u64, Errno> {
        self.flush_writes()?;
        let offset = if whence == libc::SEEK_CUR {
            offset - (self.rbuf.len() - self.rpos) as i64
        } else {
            offset
        };
        let r = raw::seek(self.fd, offset, whence)?;
        self.rbuf.clear();
        self.rpos = 0;
        Ok(r)
    }

    /// Cuts the file at `size` (the current position if None); the position stays.
    pub fn truncate(&mut self, size: Option<u64>) -> Result<u64, Errno> {
        let at = self.tell()?;
        self.seek(at as i64, libc::SEEK_SET)?;
        let size = size.unwrap_or(at);
        raw::truncate(self.fd, size)?;
        Ok(size)
    }

    /// Flushes and closes (the descriptor too if `closefd`); the first error is returned,
    /// but the object is closed either way.
    pub fn close(&mut self) -> Result<(), Errno> {
        if self.closed {
            return Ok(());
        }
        let flushed = self.flush_writes();
        self.wbuf.clear();
        self.closed = true;
        let closed = if self.closefd {
            raw::close(self.fd)
        } else {
            Ok(())
        };
        flushed.and(closed)
    }
}

/// The file object behind value `v` (the caller checked its kind).
pub fn file(v: Value) -> &'static mut PyFile {
    payload_unchecked::<PyFile>(v)
}

/// The OSError for `errno` on file `f` (no file name: CPython's messages from reads and
/// writes name none).
pub fn io_error(rt: &mut Runtime, errno: Errno) -> PyErr {
    raw::error(rt, errno, None)
}

/// Checks that `v` is open and can be read (`reading`) or written.
pub fn checked(rt: &mut Runtime, v: Value, reading: bool) -> PyResult<&'static mut PyFile> {
    let f = file(v);
    if f.closed {
        return Err(rt.value_error("I/O operation on closed file."));
    }
    if reading && !f.readable {
        return Err(rt.new_error(rt.t.unsupported_operation, "not readable"));
    }
    if !reading && !f.writable {
        return Err(rt.new_error(rt.t.unsupported_operation, "not writable"));
    }
    Ok(f)
}

/// Flushes every unreachable file object with pending writes to the file `fd` names
/// (see the module rules). Marking is advisory: a file some Rust caller still holds may
/// be flushed early, which only moves a write earlier.
pub fn flush_unreachable_to(rt: &mut Runtime, fd: i32) {
    let Some(id) = raw::identity(fd) else {
        return;
    };
    let pending: Vec<Value> = rt
        .heap
        .objects_of(Kind::File)
        .filter(|&v| {
            let f = file(v);
            !f.closed && f.has_pending_writes() && raw::identity(f.fd) == Some(id)
        })
        .collect();
    if pending.is_empty() {
        return;
    }
    let reachable = rt.reachable(&pending);
    for (v, live) in pending.into_iter().zip(reachable) {
        if !live {
            let _ = file(v).flush_writes();
        }
    }
}

/// Interpreter exit: flushes `sys.stdout` and `sys.stderr` (a failure is reported as
/// CPython reports it, "Exception ignored in: <stream>" and the error, and makes the exit
/// status 120: the return value), then every other file.
pub fn shutdown(rt: &mut Runtime) -> bool {
    let mut failed = false;
    for name in ["stdout", "stderr"] {
        let Ok(f) = print::sys_stream(rt, name) else {
            continue;
        };
        if f.is_none() || (crate::gc::kind_of(f) == Some(Kind::File) && file(f).closed) {
            continue;
        }
        if let Err(e) = print::flush(rt, f) {
            failed = true;
            let what = crate::repr::repr(rt, f).unwrap_or_default();
            let ty = rt.type_name(e.0).to_string();
            let msg = crate::repr::to_str(rt, e.0).unwrap_or_default();
            let line = if msg.is_empty() {
                ty
            } else {
                format!("{ty}: {msg}")
            };
            eprintln!("Exception ignored in: {what}\n{line}");
        }
    }
    flush_at_exit(rt);
    failed
}

/// At interpreter exit, after `sys.stdout` and `sys.stderr` were flushed: every other file
/// with pending writes is flushed (errors ignored, as CPython's finalizers ignore them).
fn flush_at_exit(rt: &mut Runtime) {
    let files: Vec<Value> = rt.heap.objects_of(Kind::File).collect();
    for v in files {
        let f = file(v);
        if !f.closed {
            let _ = f.flush_writes();
        }
    }
}
