//! Text files: `open()` and the methods of file objects, `sys.stdin`, and OSError values.
//! A file's text is read whole at `open` (reading) or kept until `flush`/`close` (writing).

use crate::builtins::{arity, missing_arg, split_kw, unexpected_kw};
use crate::gc::payload_unchecked;
use crate::object::*;
use crate::value::Value;
use crate::{PyErr, PyResult, Runtime, int, ops, seq};

pub fn b_open(rt: &mut Runtime, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (pos, kws) = split_kw(rt, args, kwnames);
    let mut a: Vec<Value> = pos.to_vec();
    // `newline`: None translates \r\n and \r to \n on reading; "" leaves lines as they are.
    let mut translate = pos.len() < 7 || pos[6].is_none();
    for (k, v) in kws {
        match k {
            "file" if a.is_empty() => a.push(v),
            "mode" => {
                if a.is_empty() {
                    a.push(Value::NONE);
                }
                a.insert(1, v);
            }
            "newline" => translate = v.is_none(),
            "encoding" | "errors" | "buffering" => {}
            other => return Err(unexpected_kw(rt, "open", other)),
        }
    }
    if a.is_empty() {
        return Err(missing_arg(rt, "open", "file", 1));
    }
    let name = ops::expect_str(rt, a[0], "open() argument 'file'")?.to_string();
    let mode = match a.get(1) {
        Some(&m) => ops::expect_str(rt, m, "open() argument 'mode'")?.to_string(),
        None => "r".to_string(),
    };
    let valid = !mode.is_empty()
        && mode.chars().all(|c| "rwaxbt+".contains(c))
        && mode.chars().filter(|c| "rwax".contains(*c)).count() == 1
        && !(mode.contains('b') && mode.contains('t'));
    if !valid {
        return Err(rt.value_error(format!("invalid mode: '{mode}'")));
    }
    if mode.contains('b') {
        return Err(rt.new_error(
            rt.t.not_implemented_error,
            "binary files (open mode 'b') are not supported by pyjit yet",
        ));
    }
    let kind = mode.chars().find(|c| "rwax".contains(*c)).unwrap_or('r');
    let io_err = |rt: &mut Runtime, e: std::io::Error| {
        let (ty, msg) = match e.kind() {
            std::io::ErrorKind::NotFound => {
                (rt.t.file_not_found_error, "No such file or directory")
            }
            std::io::ErrorKind::PermissionDenied => (rt.t.permission_error, "Permission denied"),
            _ if std::path::Path::new(&name).is_dir() => {
                (rt.t.is_a_directory_error, "Is a directory")
            }
            _ => (rt.t.os_error, "I/O error"),
        };
        let errno = e.raw_os_error().unwrap_or(0);
        os_error(rt, ty, errno, msg, &name)
    };
    if std::path::Path::new(&name).is_dir() {
        let ty = rt.t.is_a_directory_error;
        return Err(os_error(rt, ty, 21, "Is a directory", &name));
    }
    let data = match kind {
        'r' => match std::fs::read(&name) {
            Ok(b) => match String::from_utf8(b) {
                Ok(s) if translate => s.replace("\r\n", "\n").replace('\r', "\n"),
                Ok(s) => s,
                Err(_) => {
                    return Err(rt.new_error(
                        rt.t.unicode_decode_error,
                        "'utf-8' codec can't decode the file",
                    ));
                }
            },
            Err(e) => return Err(io_err(rt, e)),
        },
        'a' => {
            if let Err(e) = std::fs::OpenOptions::new()
                .append(true)
                .create(true)
                .open(&name)
            {
                return Err(io_err(rt, e));
            }
            String::new()
        }
        'x' if std::path::Path::new(&name).exists() => {
            let ty = rt.t.file_exists_error;
            return Err(os_error(rt, ty, 17, "File exists", &name));
        }
        _ => {
            if let Err(e) = std::fs::write(&name, b"") {
                return Err(io_err(rt, e));
            }
            String::new()
        }
    };
    Ok(rt.heap.alloc(PyFile {
        name,
        mode,
        data,
        pos: 0,
        closed: false,
    }))
}

/// An OSError with `errno`, `strerror` and `filename`, printed `[Errno n] msg: 'file'`.
pub fn os_error(rt: &mut Runtime, ty: Value, errno: i32, msg: &str, filename: &str) -> PyErr {
    let (n, m, f) = (
        Value::small_int(errno as i64),
        rt.new_str(msg),
        rt.new_str(filename),
    );
    let e = rt.new_error_args(ty, vec![n, m]);
    for (k, v) in [("errno", n), ("strerror", m), ("filename", f)] {
        let key = rt.intern(k);
        let _ = crate::attr::generic_setattr(rt, e.0, key, Some(v));
    }
    e
}

fn file_of(rt: &mut Runtime, v: Value, reading: bool) -> PyResult<&'static mut PyFile> {
    let f = payload_unchecked::<PyFile>(v);
    if f.closed {
        return Err(rt.value_error("I/O operation on closed file."));
    }
    if f.pos == usize::MAX {
        // sys.stdin: read on first use.
        let mut s = String::new();
        let _ = std::io::Read::read_to_string(&mut std::io::stdin(), &mut s);
        f.data = s;
        f.pos = 0;
    }
    let readable = f.mode.contains('r') || f.mode.contains('+');
    let writable = !f.mode.contains('r') || f.mode.contains('+');
    if reading && !readable {
        return Err(rt.new_error(rt.t.unsupported_operation, "not readable"));
    }
    if !reading && !writable {
        return Err(rt.new_error(rt.t.unsupported_operation, "not writable"));
    }
    Ok(f)
}

/// The next line of a file opened for reading (iteration).
pub fn file_next_line(rt: &mut Runtime, v: Value) -> PyResult<Option<Value>> {
    let f = file_of(rt, v, true)?;
    if f.pos >= f.data.len() {
        return Ok(None);
    }
    let rest = &f.data[f.pos..];
    let n = rest.find('\n').map_or(rest.len(), |i| i + 1);
    let line = rest[..n].to_string();
    f.pos += n;
    Ok(Some(rt.new_string(line)))
}

fn file_read(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let f = file_of(rt, args[0], true)?;
    let rest = &f.data[f.pos..];
    let n = match args.get(1) {
        Some(&n) if !n.is_none() && int::to_i64(n).is_some_and(|n| n >= 0) => {
            let k = int::to_i64(n).unwrap() as usize;
            rest.char_indices().nth(k).map_or(rest.len(), |(i, _)| i)
        }
        _ => rest.len(),
    };
    let s = rest[..n].to_string();
    f.pos += n;
    Ok(rt.new_string(s))
}

fn file_readline(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if let Some(&n) = args.get(1)
        && let Some(limit) = int::to_i64(n)
        && limit >= 0
    {
        let f = file_of(rt, args[0], true)?;
        let rest = &f.data[f.pos..];
        let line_end = rest.find('\n').map_or(rest.len(), |i| i + 1);
        let cut = rest
            .char_indices()
            .nth(limit as usize)
            .map_or(rest.len(), |(i, _)| i)
            .min(line_end);
        let s = rest[..cut].to_string();
        f.pos += cut;
        return Ok(rt.new_string(s));
    }
    match file_next_line(rt, args[0])? {
        Some(v) => Ok(v),
        None => Ok(rt.empty_str),
    }
}

fn file_readlines(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let mut out = Vec::new();
    while let Some(l) = file_next_line(rt, args[0])? {
        out.push(l);
    }
    Ok(rt.new_list(out))
}

fn file_write(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity(rt, "write", args.len() - 1, 1, 1)?;
    let s = ops::expect_str(rt, args[1], "write() argument")?;
    let n = payload_unchecked::<PyStr>(args[1]).chars;
    let s = s.to_string();
    crate::surrogate::check_writable(rt, &s, false)?;
    let f = file_of(rt, args[0], false)?;
    f.data.push_str(&s);
    Ok(Value::small_int(n as i64))
}

fn file_writelines(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity(rt, "writelines", args.len() - 1, 1, 1)?;
    for l in seq::to_vec(rt, args[1])? {
        let s = ops::expect_str(rt, l, "write() argument")?;
        file_of(rt, args[0], false)?.data.push_str(s);
    }
    Ok(Value::NONE)
}

fn file_flush_data(rt: &mut Runtime, v: Value) -> PyResult<()> {
    let f = payload_unchecked::<PyFile>(v);
    if f.closed || f.mode.contains('r') && !f.mode.contains('+') {
        return Ok(());
    }
    use std::io::Write as _;
    let r = std::fs::OpenOptions::new()
        .append(true)
        .open(&f.name)
        .and_then(|mut h| h.write_all(f.data.as_bytes()));
    f.data.clear();
    if let Err(e) = r {
        return Err(rt.new_error(rt.t.os_error, e.to_string()));
    }
    Ok(())
}

fn file_close(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    file_flush_data(rt, args[0])?;
    payload_unchecked::<PyFile>(args[0]).closed = true;
    Ok(Value::NONE)
}

fn file_flush(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    file_flush_data(rt, args[0])?;
    Ok(Value::NONE)
}

fn file_enter(_rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(args[0])
}

fn file_exit(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    file_close(rt, &args[..1], &[])?;
    Ok(Value::NONE)
}

fn file_iter(_rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(args[0])
}

pub const FILE_METHODS: &[(&str, BuiltinFn)] = &[
    ("read", file_read),
    ("readline", file_readline),
    ("readlines", file_readlines),
    ("write", file_write),
    ("writelines", file_writelines),
    ("close", file_close),
    ("flush", file_flush),
    ("__enter__", file_enter),
    ("__exit__", file_exit),
    ("__iter__", file_iter),
];
