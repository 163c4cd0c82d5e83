//! `open()` (CPython's `io.open` arguments and their errors) and the standard streams.

use super::{PyFile, raw, text::Text};
use crate::builtins::{missing_arg, split_kw, unexpected_kw};
use crate::value::Value;
use crate::{PyResult, Runtime, int, ops};

/// The arguments of `open()` after the file.
struct Args {
    mode: String,
    buffering: i64,
    encoding: Option<String>,
    errors: Option<String>,
    newline: Option<String>,
    closefd: bool,
}

const NAMES: &[&str] = &[
    "file",
    "mode",
    "buffering",
    "encoding",
    "errors",
    "newline",
    "closefd",
    "opener",
];

fn opt_str(rt: &mut Runtime, v: Value, what: &str) -> PyResult<Option<String>> {
    if v.is_none() {
        return Ok(None);
    }
    Ok(Some(ops::expect_str(rt, v, what)?.to_string()))
}

/// The arguments by name (positional ones first), each at most once.
fn bind(rt: &mut Runtime, args: &[Value], kwnames: &[Value]) -> PyResult<Vec<Option<Value>>> {
    let (pos, kws) = split_kw(rt, args, kwnames);
    if pos.len() > NAMES.len() {
        return Err(rt.type_error(format!(
            "open() takes at most 8 arguments ({} given)",
            pos.len()
        )));
    }
    let mut a: Vec<Option<Value>> = vec![None; NAMES.len()];
    for (i, &v) in pos.iter().enumerate() {
        a[i] = Some(v);
    }
    for (k, v) in kws {
        let Some(i) = NAMES.iter().position(|n| *n == k) else {
            return Err(unexpected_kw(rt, "open", k));
        };
        if a[i].is_some() {
            return Err(rt.type_error(format!(
                "argument for open() given by name ('{k}') and position ({})",
                i + 1
            )));
        }
        a[i] = Some(v);
    }
    Ok(a)
}

fn parse(rt: &mut Runtime, a: &[Option<Value>]) -> PyResult<Args> {
    let mode = match a[1] {
        Some(m) => ops::expect_str(rt, m, "open() argument 'mode'")?.to_string(),
        None => "r".into(),
    };
    let buffering = match a[2] {
        Some(b) => int::to_i64(b).ok_or_else(|| rt.type_error("an integer is required"))?,
        None => -1,
    };
    let encoding = match a[3] {
        Some(v) => opt_str(rt, v, "open() argument 'encoding'")?,
        None => None,
    };
    let errors = match a[4] {
        Some(v) => opt_str(rt, v, "open() argument 'errors'")?,
        None => None,
    };
    let newline = match a[5] {
        Some(v) => opt_str(rt, v, "open() argument 'newline'")?,
        None => None,
    };
    let closefd = match a[6] {
        Some(v) => ops::truthy(rt, v)?,
        None => true,
    };
    if a[7].is_some_and(|o| !o.is_none()) {
        return Err(rt.new_error(
            rt.t.not_implemented_error,
            "open(opener=...) is not supported by pyjit yet",
        ));
    }
    Ok(Args {
        mode,
        buffering,
        encoding,
        errors,
        newline,
        closefd,
    })
}

/// Checks `mode` as CPython does: (create/read/write/append letter, '+', binary).
fn check_mode(rt: &mut Runtime, a: &Args) -> PyResult<(char, bool, bool)> {
    let m = &a.mode;
    let mut seen = String::new();
    for c in m.chars() {
        if !"rwxabt+".contains(c) || seen.contains(c) {
            return Err(rt.value_error(format!("invalid mode: '{m}'")));
        }
        seen.push(c);
    }
    let kinds: Vec<char> = m.chars().filter(|c| "rwxa".contains(*c)).collect();
    let (binary, text) = (m.contains('b'), m.contains('t'));
    if binary && text {
        return Err(rt.value_error("can't have text and binary mode at once"));
    }
    match kinds.len() {
        0 => {
            return Err(rt.value_error(
                "Must have exactly one of create/read/write/append mode and at most one plus",
            ));
        }
        1 => {}
        _ => {
            return Err(rt.value_error("must have exactly one of create/read/write/append mode"));
        }
    }
    if binary {
        for (given, what) in [
            (a.encoding.is_some(), "an encoding"),
            (a.errors.is_some(), "an errors"),
            (a.newline.is_some(), "a newline"),
        ] {
            if given {
                return Err(rt.value_error(format!("binary mode doesn't take {what} argument")));
            }
        }
    } else if a.buffering == 0 {
        return Err(rt.value_error("can't have unbuffered text I/O"));
    }
    if let Some(nl) = &a.newline
        && !matches!(nl.as_str(), "" | "\n" | "\r" | "\r\n")
    {
        return Err(rt.value_error(format!("illegal newline value: {nl}")));
    }
    Ok((kinds[0], m.contains('+'), binary))
}

/// The `.mode` a binary file reports ('rb', 'wb', 'ab', 'xb', 'rb+', ...).
fn binary_mode(kind: char, plus: bool) -> String {
    match (kind, plus) {
        ('r' | 'w', true) => "rb+".into(),
        (k, true) => format!("{k}b+"),
        (k, false) => format!("{k}b"),
    }
}

pub fn b_open(rt: &mut Runtime, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let bound = bind(rt, args, kwnames)?;
    let Some(file) = bound[0] else {
        return Err(missing_arg(rt, "open", "file", 1));
    };
    let a = parse(rt, &bound)?;
    let (kind, plus, binary) = check_mode(rt, &a)?;
    let codec = match &a.encoding {
        Some(e) => Some(crate::bytes::codec_name(rt, e)?),
        None => None,
    };
    let flags = match (kind, plus) {
        ('r', false) => libc::O_RDONLY,
        ('r', true) => libc::O_RDWR,
        (k, p) => {
            let base = if p { libc::O_RDWR } else { libc::O_WRONLY } | libc::O_CREAT;
            base | match k {
                'w' => libc::O_TRUNC,
                'a' => libc::O_APPEND,
                _ => libc::O_EXCL,
            }
        }
    };
    let (fd, closefd) = if let Some(n) = int::to_i64(file).filter(|_| !file.is_bool()) {
        if n < 0 {
            return Err(rt.value_error("negative file descriptor"));
        }
        (n as i32, a.closefd)
    } else {
        let path = ops::expect_str(rt, file, "open() argument 'file'")?.to_string();
        if !a.closefd {
            return Err(rt.value_error("Cannot use closefd=False with file name"));
        }
        let fd = raw::open(&path, flags).map_err(|e| raw::error(rt, e, Some(&path)))?;
        (fd, true)
    };
    if kind == 'a' {
        let _ = raw::seek(fd, 0, libc::SEEK_END);
    }
    super::flush_unreachable_to(rt, fd);
    let rw = (kind == 'r' || plus, kind != 'r' || plus);
    let mode = if binary {
        binary_mode(kind, plus)
    } else {
        a.mode.clone()
    };
    let mut f = PyFile::new(fd, file, mode, rw);
    f.closefd = closefd;
    if !binary {
        f.text = Some(Text {
            encoding: a.encoding.clone().unwrap_or_else(|| "UTF-8".into()),
            codec: codec.unwrap_or("utf-8"),
            errors: a.errors.clone().unwrap_or_else(|| "strict".into()),
            newline: a.newline.clone(),
            line_buffering: a.buffering == 1 || raw::isatty(fd),
            write_through: false,
        });
    }
    Ok(rt.heap.alloc(f))
}

/// `sys.stdin`, `sys.stdout` or `sys.stderr` (fd 0, 1, 2) as CPython 3.11 makes them:
/// UTF-8; "surrogateescape" for stdin/stdout under a C or UTF-8 locale, "backslashreplace"
/// for stderr; stdout line-buffered on a terminal, stderr always; everything written
/// through at once under PYTHONUNBUFFERED.
pub fn std_stream(rt: &mut Runtime, fd: i32) -> Value {
    let name = rt.new_str(["<stdin>", "<stdout>", "<stderr>"][fd as usize]);
    let reading = fd == 0;
    let mode = if reading { "r" } else { "w" };
    let mut f = PyFile::new(fd, name, mode.into(), (reading, !reading));
    f.closefd = false;
    let errors = match fd {
        2 => "backslashreplace",
        _ if crate::surrogate::stdio_escapes() => "surrogateescape",
        _ => "strict",
    };
    let unbuffered = std::env::var("PYTHONUNBUFFERED").is_ok_and(|v| !v.is_empty());
    f.text = Some(Text {
        encoding: "utf-8".into(),
        codec: "utf-8",
        errors: errors.into(),
        newline: None,
        line_buffering: !unbuffered && (fd == 2 || (fd == 1 && raw::isatty(1))),
        write_through: unbuffered && !reading,
    });
    rt.heap.alloc(f)
}
