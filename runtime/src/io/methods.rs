//! The Python methods of file objects (text and binary), and iteration over lines.

use super::{PyFile, checked, file, io_error, raw, text};
use crate::builtins::arity;
use crate::object::BuiltinFn;
use crate::value::Value;
use crate::{PyResult, Runtime, int, seq};

/// An optional size argument: None, or negative, means "all".
fn size_arg(rt: &mut Runtime, args: &[Value], i: usize) -> PyResult<Option<usize>> {
    match args.get(i) {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(&v) => match int::to_i64(v) {
            Some(n) => Ok((n >= 0).then_some(n as usize)),
            None => {
                let t = rt.type_name(v);
                Err(rt.type_error(format!("argument should be integer or None, not '{t}'")))
            }
        },
    }
}

fn bytes_value(rt: &mut Runtime, b: Vec<u8>) -> Value {
    crate::bytes::new_bytes(rt, b, false)
}

fn read(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity(rt, "read", args.len() - 1, 0, 1)?;
    let n = size_arg(rt, args, 1)?;
    let f = checked(rt, args[0], true)?;
    if f.text.is_some() {
        let s = text::read(rt, f, n)?;
        return Ok(rt.new_string(s));
    }
    let b = match n {
        None => f.read_all(),
        Some(n) => f.read_bytes(n),
    }
    .map_err(|e| io_error(rt, e))?;
    Ok(bytes_value(rt, b))
}

/// One line (empty at end of file), at most `limit`.
fn line(rt: &mut Runtime, v: Value, limit: Option<usize>) -> PyResult<Value> {
    let f = checked(rt, v, true)?;
    if f.text.is_some() {
        let s = text::readline(rt, f, limit)?;
        return Ok(rt.new_string(s));
    }
    let b = f
        .read_line(limit.unwrap_or(usize::MAX), super::Term::Lf)
        .map_err(|e| io_error(rt, e))?;
    Ok(bytes_value(rt, b))
}

/// The length of a line read (a str's characters or a bytes' bytes).
fn line_len(v: Value) -> usize {
    match crate::gc::payload::<crate::object::PyStr>(v) {
        Some(s) => s.chars,
        None => crate::bytes::data(v).map_or(0, |b| b.len()),
    }
}

fn is_empty(v: Value) -> bool {
    line_len(v) == 0
}

fn readline(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity(rt, "readline", args.len() - 1, 0, 1)?;
    let limit = size_arg(rt, args, 1)?;
    line(rt, args[0], limit)
}

fn readlines(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity(rt, "readlines", args.len() - 1, 0, 1)?;
    let hint = size_arg(rt, args, 1)?.filter(|&h| h > 0);
    let mut out = Vec::new();
    let mut total = 0;
    loop {
        let l = line(rt, args[0], None)?;
        if is_empty(l) {
            break;
        }
        total += line_len(l);
        rt.temp_roots.push(l);
        out.push(l);
        if hint.is_some_and(|h| total > h) {
            break;
        }
    }
    rt.temp_roots.truncate(rt.temp_roots.len() - out.len());
    Ok(rt.new_list(out))
}

/// The next line, or None at end of file (iteration).
pub fn next_line(rt: &mut Runtime, v: Value) -> PyResult<Option<Value>> {
    let l = line(rt, v, None)?;
    Ok((!is_empty(l)).then_some(l))
}

/// Writes `v` (a str to a text file, a bytes-like object to a binary one); its length.
fn write_value(rt: &mut Runtime, f: &mut PyFile, v: Value) -> PyResult<usize> {
    if f.text.is_some() {
        let Some(s) = rt.str_of(v) else {
            let t = rt.type_name(v);
            return Err(rt.type_error(format!("write() argument must be str, not {t}")));
        };
        let s = s.to_string();
        text::write(rt, f, &s)?;
        return Ok(crate::gc::payload_unchecked::<crate::object::PyStr>(v).chars);
    }
    let Some(b) = crate::bytes::data(v) else {
        let t = rt.type_name(v);
        return Err(rt.type_error(format!("a bytes-like object is required, not '{t}'")));
    };
    let b = b.to_vec();
    f.write_bytes(&b).map_err(|e| io_error(rt, e))?;
    Ok(b.len())
}

fn write(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity(rt, "write", args.len() - 1, 1, 1)?;
    let f = checked(rt, args[0], false)?;
    let n = write_value(rt, f, args[1])?;
    Ok(Value::small_int(n as i64))
}

fn writelines(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity(rt, "writelines", args.len() - 1, 1, 1)?;
    let lines = seq::to_vec(rt, args[1])?;
    rt.temp_roots.extend_from_slice(&lines);
    let r = lines.iter().try_for_each(|&l| {
        let f = checked(rt, args[0], false)?;
        write_value(rt, f, l).map(|_| ())
    });
    rt.temp_roots.truncate(rt.temp_roots.len() - lines.len());
    r.map(|_| Value::NONE)
}

fn open_file(rt: &mut Runtime, v: Value) -> PyResult<&'static mut PyFile> {
    let f = file(v);
    if f.closed {
        return Err(rt.value_error("I/O operation on closed file."));
    }
    Ok(f)
}

fn flush(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let f = open_file(rt, args[0])?;
    f.flush_writes().map_err(|e| io_error(rt, e))?;
    Ok(Value::NONE)
}

fn close(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    file(args[0]).close().map_err(|e| io_error(rt, e))?;
    Ok(Value::NONE)
}

fn seek(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity(rt, "seek", args.len() - 1, 1, 2)?;
    let off = int::to_i64(args[1]).ok_or_else(|| rt.type_error("an integer is required"))?;
    let whence = match args.get(2) {
        Some(&w) => int::to_i64(w).ok_or_else(|| rt.type_error("an integer is required"))?,
        None => 0,
    };
    let f = open_file(rt, args[0])?;
    if !(0..=2).contains(&whence) {
        let msg = format!("invalid whence ({whence}, should be 0, 1 or 2)");
        return Err(rt.value_error(msg));
    }
    if f.text.is_some() {
        if whence == 1 && off != 0 {
            let ty = rt.t.unsupported_operation;
            return Err(rt.new_error(ty, "can't do nonzero cur-relative seeks"));
        }
        if whence == 2 && off != 0 {
            let ty = rt.t.unsupported_operation;
            return Err(rt.new_error(ty, "can't do nonzero end-relative seeks"));
        }
        if whence == 0 && off < 0 {
            return Err(rt.value_error(format!("negative seek position {off}")));
        }
    }
    let at = f.seek(off, whence as i32).map_err(|e| io_error(rt, e))?;
    Ok(rt.new_int(at as i64))
}

fn tell(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let f = open_file(rt, args[0])?;
    let at = f.tell().map_err(|e| io_error(rt, e))?;
    Ok(rt.new_int(at as i64))
}

fn truncate(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity(rt, "truncate", args.len() - 1, 0, 1)?;
    let size = size_arg(rt, args, 1)?;
    let f = checked(rt, args[0], false)?;
    let n = f
        .truncate(size.map(|s| s as u64))
        .map_err(|e| io_error(rt, e))?;
    Ok(rt.new_int(n as i64))
}

fn fileno(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let f = open_file(rt, args[0])?;
    Ok(Value::small_int(f.fd as i64))
}

fn isatty(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let f = open_file(rt, args[0])?;
    Ok(Value::bool(raw::isatty(f.fd)))
}

fn readable(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::bool(open_file(rt, args[0])?.readable))
}

fn writable(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::bool(open_file(rt, args[0])?.writable))
}

fn seekable(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let f = open_file(rt, args[0])?;
    Ok(Value::bool(raw::seek(f.fd, 0, libc::SEEK_CUR).is_ok()))
}

fn enter(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    open_file(rt, args[0])?;
    Ok(args[0])
}

fn exit(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    close(rt, &args[..1], &[])
}

fn iter(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    open_file(rt, args[0])?;
    Ok(args[0])
}

fn next(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match next_line(rt, args[0])? {
        Some(l) => Ok(l),
        None => Err(rt.new_error(rt.t.stop_iteration, "")),
    }
}

pub const METHODS: &[(&str, BuiltinFn)] = &[
    ("read", read),
    ("readline", readline),
    ("readlines", readlines),
    ("write", write),
    ("writelines", writelines),
    ("flush", flush),
    ("close", close),
    ("seek", seek),
    ("tell", tell),
    ("truncate", truncate),
    ("fileno", fileno),
    ("isatty", isatty),
    ("readable", readable),
    ("writable", writable),
    ("seekable", seekable),
    ("__enter__", enter),
    ("__exit__", exit),
    ("__iter__", iter),
    ("__next__", next),
];

/// `f.name`, `f.mode`, `f.closed`, `f.encoding`, `f.errors`, `f.line_buffering`,
/// `f.newlines`: attribute reads of file objects.
pub fn attribute(rt: &mut Runtime, v: Value, name: &str) -> Option<Value> {
    let f = file(v);
    let t = f.text.as_ref();
    Some(match name {
        "name" => f.name,
        "mode" => {
            let m = f.mode.clone();
            rt.new_string(m)
        }
        "closed" => Value::bool(f.closed),
        "encoding" => rt.new_str(&t?.encoding.clone()),
        "errors" => rt.new_str(&t?.errors.clone()),
        "line_buffering" => Value::bool(t?.line_buffering),
        "newlines" => {
            t?;
            Value::NONE
        }
        _ => return None,
    })
}

/// `repr(f)`, as CPython's io classes write it.
pub fn repr(rt: &mut Runtime, v: Value) -> PyResult<String> {
    let f = file(v);
    let (name, mode) = (f.name, f.mode.clone());
    let n = crate::repr::repr(rt, name)?;
    let f = file(v);
    Ok(match &f.text {
        Some(t) => format!(
            "<_io.TextIOWrapper name={n} mode='{mode}' encoding='{}'>",
            t.encoding
        ),
        None => format!("<_io.{} name={n}>", type_name(f)),
    })
}

/// The class name of a file object: TextIOWrapper, or the buffered class of a binary file.
pub fn type_name(f: &PyFile) -> &'static str {
    match (f.text.is_some(), f.readable, f.writable) {
        (true, _, _) => "TextIOWrapper",
        (false, true, true) => "BufferedRandom",
        (false, true, false) => "BufferedReader",
        (false, _, _) => "BufferedWriter",
    }
}

/// Writes `s` to file object `v` (print's fast path).
pub fn write_str(rt: &mut Runtime, v: Value, s: &str) -> PyResult<()> {
    let f = checked(rt, v, false)?;
    if f.text.is_none() {
        return Err(rt.type_error("a bytes-like object is required, not 'str'"));
    }
    text::write(rt, f, s)
}
