//! `print()` and `input()`: the builtins that write to and read from `sys.stdout` and
//! `sys.stdin` (looked up in `sys` at each call, so reassigning them takes effect).

use super::{file, methods};
use crate::builtins::{arity, no_kwargs, split_kw, unexpected_kw};
use crate::gc::kind_of;
use crate::object::Kind;
use crate::value::Value;
use crate::{PyResult, Runtime, dict, ops, repr};

/// `sys.<name>` (None if unset to None); RuntimeError "lost sys.<name>" if deleted.
pub fn sys_stream(rt: &mut Runtime, name: &str) -> PyResult<Value> {
    let d = crate::gc::payload_unchecked::<crate::object::PyModule>(rt.sys).dict;
    let k = rt.intern(name);
    match dict::get(rt, d, k)? {
        Some(v) => Ok(v),
        None => Err(rt.new_error(rt.t.runtime_error, format!("lost sys.{name}"))),
    }
}

/// The `sep`/`end` keyword value: None means the default.
fn sep_arg(rt: &mut Runtime, k: &str, v: Value, default: &str) -> PyResult<String> {
    if v.is_none() {
        return Ok(default.into());
    }
    match rt.str_of(v) {
        Some(s) => Ok(s.to_string()),
        None => {
            let t = rt.type_name(v);
            Err(rt.type_error(format!("{k} must be None or a string, not {t}")))
        }
    }
}

/// Writes `s` to `f`: a file object of ours directly, anything else through its `write`.
fn write_to(rt: &mut Runtime, f: Value, s: &str) -> PyResult<()> {
    if kind_of(f) == Some(Kind::File) {
        return methods::write_str(rt, f, s);
    }
    let k = rt.intern("write");
    let w = crate::attr::getattr(rt, f, k)?;
    rt.temp_roots.push(w);
    let sv = rt.new_str(s);
    let r = rt.call(w, &[sv]);
    rt.temp_roots.pop();
    r.map(|_| ())
}

/// `f.flush()` (directly for a file object of ours).
pub fn flush(rt: &mut Runtime, f: Value) -> PyResult<()> {
    if kind_of(f) == Some(Kind::File) {
        let fl = file(f);
        if !fl.closed {
            fl.flush_writes().map_err(|e| super::io_error(rt, e))?;
        }
        return Ok(());
    }
    let k = rt.intern("flush");
    let m = crate::attr::getattr(rt, f, k)?;
    rt.call(m, &[]).map(|_| ())
}

/// `print(*objects, sep=' ', end='\n', file=None, flush=False)`: one write per piece, as
/// CPython makes them (so what precedes a failing piece is written).
pub fn b_print(rt: &mut Runtime, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (pos, kws) = split_kw(rt, args, kwnames);
    let (mut sep, mut end) = (" ".to_string(), "\n".to_string());
    let (mut flush_after, mut f) = (false, Value::NONE);
    for (k, v) in kws {
        match k {
            "sep" => sep = sep_arg(rt, k, v, " ")?,
            "end" => end = sep_arg(rt, k, v, "\n")?,
            "flush" => flush_after = ops::truthy(rt, v)?,
            "file" => f = v,
            other => return Err(unexpected_kw(rt, "print", other)),
        }
    }
    if f.is_none() {
        f = sys_stream(rt, "stdout")?;
        if f.is_none() {
            return Ok(Value::NONE);
        }
    }
    rt.temp_roots.push(f);
    let r = (|| {
        for (i, &a) in pos.iter().enumerate() {
            if i > 0 {
                write_to(rt, f, &sep)?;
            }
            let s = repr::to_str(rt, a)?;
            write_to(rt, f, &s)?;
        }
        write_to(rt, f, &end)?;
        if flush_after {
            flush(rt, f)?;
        }
        Ok(Value::NONE)
    })();
    rt.temp_roots.pop();
    r
}

/// `input(prompt='')`: the prompt to `sys.stdout` (flushed), a line from `sys.stdin`
/// without its line end; EOFError at end of input.
pub fn b_input(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "input", kw)?;
    arity(rt, "input", args.len(), 0, 1)?;
    let out = sys_stream(rt, "stdout")?;
    if let Some(&p) = args.first() {
        let s = repr::to_str(rt, p)?;
        write_to(rt, out, &s)?;
    }
    if !out.is_none() {
        flush(rt, out)?;
    }
    let inp = sys_stream(rt, "stdin")?;
    let line = if kind_of(inp) == Some(Kind::File) {
        methods::next_line(rt, inp)?.unwrap_or(rt.empty_str)
    } else {
        let k = rt.intern("readline");
        let m = crate::attr::getattr(rt, inp, k)?;
        rt.call(m, &[])?
    };
    let Some(s) = rt.str_of(line) else {
        return Err(rt.type_error("object.readline() returned non-string"));
    };
    if s.is_empty() {
        return Err(rt.new_error(rt.t.eof_error, "EOF when reading a line"));
    }
    let s = s.strip_suffix('\n').unwrap_or(s).to_string();
    Ok(rt.new_string(s))
}
