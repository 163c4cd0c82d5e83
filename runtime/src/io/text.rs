//! The text layer of a file object (CPython's TextIOWrapper): the codec and its error
//! handler, newline translation (universal newlines on reading, `newline=` on writing)
//! and line buffering. Reads count characters; positions stay byte offsets.

use super::{PyFile, Term, io_error};
use crate::{PyResult, Runtime};

pub struct Text {
    /// `.encoding` as given (or the locale's, "UTF-8"), and the codec it names.
    pub encoding: String,
    pub codec: &'static str,
    pub errors: String,
    /// `newline=`: None (universal newlines), "", "\n", "\r" or "\r\n".
    pub newline: Option<String>,
    /// Flush at every write holding a line end (stdout on a terminal, stderr).
    pub line_buffering: bool,
    /// Flush at every write (stdio under PYTHONUNBUFFERED).
    pub write_through: bool,
}

impl Text {
    /// What ends a line when reading, and whether line ends read as `\n`.
    fn reading(&self) -> (Term, bool) {
        match self.newline.as_deref() {
            None => (Term::Any, true),
            Some("") => (Term::Any, false),
            Some("\r") => (Term::Cr, false),
            Some("\r\n") => (Term::CrLf, false),
            _ => (Term::Lf, false),
        }
    }
}

fn text(f: &PyFile) -> &Text {
    f.text.as_ref().expect("a text file")
}

/// `\r\n` and `\r` read as `\n`.
fn translate(s: String) -> String {
    if s.contains('\r') {
        s.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        s
    }
}

fn decode(rt: &mut Runtime, f: &PyFile, b: &[u8]) -> PyResult<String> {
    let t = text(f);
    let (codec, errors) = (t.codec, t.errors.clone());
    let s = crate::bytes::decode_to_string(rt, b, crate::Value::NULL, codec, &errors)?;
    Ok(if t.reading().1 { translate(s) } else { s })
}

/// The byte length of the first `n` characters of `b` as read (a `\r\n` is one when
/// translated), counting only whole UTF-8 sequences; and whether `b` holds `n`.
fn chars_len(b: &[u8], n: usize, utf8: bool, crlf_one: bool) -> (usize, bool) {
    let (mut i, mut count) = (0, 0);
    while count < n && i < b.len() {
        let len = match b[i] {
            _ if !utf8 => 1,
            0xC0..=0xDF => 2,
            0xE0..=0xEF => 3,
            0xF0..=0xF7 => 4,
            _ => 1,
        };
        if i + len > b.len() {
            break;
        }
        let pair = crlf_one && b[i] == b'\r' && b.get(i + 1) == Some(&b'\n');
        i += if pair { 2 } else { len };
        count += 1;
    }
    (i, count == n)
}

/// `read()` (all) or `read(n)` (`n` characters).
pub fn read(rt: &mut Runtime, f: &mut PyFile, n: Option<usize>) -> PyResult<String> {
    let Some(n) = n else {
        let b = f.read_all().map_err(|e| io_error(rt, e))?;
        return decode(rt, f, &b);
    };
    let (utf8, crlf_one) = (text(f).codec == "utf-8", text(f).reading().1);
    let mut want = n + 1;
    loop {
        f.want(want).map_err(|e| io_error(rt, e))?;
        let ahead = f.ahead();
        let (len, whole) = chars_len(ahead, n, utf8, crlf_one);
        // A `\r` last may pair with a `\n` not yet read.
        let open_cr = crlf_one && len > 0 && ahead[len - 1] == b'\r' && len == ahead.len();
        if (whole && !open_cr) || ahead.len() < want {
            let b = f.take(if whole { len } else { ahead.len() });
            return decode(rt, f, &b);
        }
        want = ahead.len() + n;
    }
}

/// `readline()` / `readline(limit)` (`limit` characters at most).
pub fn readline(rt: &mut Runtime, f: &mut PyFile, limit: Option<usize>) -> PyResult<String> {
    let (term, crlf_one) = text(f).reading();
    let b = f.read_line(usize::MAX, term).map_err(|e| io_error(rt, e))?;
    let Some(limit) = limit else {
        return decode(rt, f, &b);
    };
    let (len, _) = chars_len(&b, limit, text(f).codec == "utf-8", crlf_one);
    f.unread(b.len() - len);
    decode(rt, f, &b[..len])
}

/// `write(s)`: encoded, `\n` written as `newline=` says, flushed at a line end if line
/// buffered.
pub fn write(rt: &mut Runtime, f: &mut PyFile, s: &str) -> PyResult<()> {
    let t = text(f);
    let s: std::borrow::Cow<str> = match t.newline.as_deref() {
        Some(nl @ ("\r" | "\r\n")) if s.contains('\n') => s.replace('\n', nl).into(),
        _ => s.into(),
    };
    let flush = t.write_through || t.line_buffering && (s.contains('\n') || s.contains('\r'));
    let plain = t.codec == "utf-8" && !crate::surrogate::any(&s);
    let bytes: std::borrow::Cow<[u8]> = if plain {
        s.as_bytes().into()
    } else {
        let (codec, errors) = (t.codec, t.errors.clone());
        crate::bytes::encode_str(rt, &s, codec, &errors)?.into()
    };
    f.write_bytes(&bytes).map_err(|e| io_error(rt, e))?;
    if flush && let Err(e) = f.flush_writes() {
        if text(f).write_through {
            // Unbuffered: what could not be written is gone, as with CPython's FileIO.
            f.drop_pending();
        }
        return Err(io_error(rt, e));
    }
    Ok(())
}
