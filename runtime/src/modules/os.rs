//! A small `os` / `os.path`: the file-system calls scripts use around `open()`.

use super::make_module;
use crate::builtins::arity;
use crate::ops::expect_str;
use crate::value::Value;
use crate::{PyResult, Runtime, dict};

fn path_arg(rt: &mut Runtime, args: &[Value], name: &str, n: usize) -> PyResult<String> {
    arity(rt, name, args.len(), n, n)?;
    Ok(expect_str(rt, args[0], "path")?.to_string())
}

fn os_error(rt: &mut Runtime, e: std::io::Error, path: &str) -> crate::PyErr {
    let errno = e.raw_os_error().unwrap_or(libc::EIO);
    crate::io::raw::error(rt, errno, Some(path))
}

fn remove(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let p = path_arg(rt, args, "remove", 1)?;
    std::fs::remove_file(&p).map_err(|e| os_error(rt, e, &p))?;
    Ok(Value::NONE)
}

fn getcwd(rt: &mut Runtime, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let d = std::env::current_dir()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    Ok(rt.new_string(d))
}

fn listdir(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let p = if args.is_empty() {
        ".".to_string()
    } else {
        path_arg(rt, args, "listdir", 1)?
    };
    let rd = std::fs::read_dir(&p).map_err(|e| os_error(rt, e, &p))?;
    let mut names: Vec<String> = rd
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().to_string())
        .collect();
    names.sort();
    let items = names.iter().map(|n| rt.new_str(n)).collect();
    Ok(rt.new_list(items))
}

fn exists(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let p = path_arg(rt, args, "exists", 1)?;
    Ok(Value::bool(std::path::Path::new(&p).exists()))
}

fn isfile(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let p = path_arg(rt, args, "isfile", 1)?;
    Ok(Value::bool(std::path::Path::new(&p).is_file()))
}

fn isdir(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let p = path_arg(rt, args, "isdir", 1)?;
    Ok(Value::bool(std::path::Path::new(&p).is_dir()))
}

fn join(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let mut out = String::new();
    for &a in args {
        let s = expect_str(rt, a, "join() argument")?;
        if s.starts_with('/') {
            out = s.to_string();
        } else if out.is_empty() || out.ends_with('/') {
            out.push_str(s);
        } else {
            out.push('/');
            out.push_str(s);
        }
    }
    Ok(rt.new_string(out))
}

fn split_at_slash(p: &str) -> (&str, &str) {
    match p.rfind('/') {
        Some(i) => (&p[..i], &p[i + 1..]),
        None => ("", p),
    }
}

fn basename(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let p = path_arg(rt, args, "basename", 1)?;
    let b = split_at_slash(&p).1.to_string();
    Ok(rt.new_string(b))
}

fn dirname(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let p = path_arg(rt, args, "dirname", 1)?;
    let (d, _) = split_at_slash(&p);
    let d = if d.is_empty() && p.starts_with('/') {
        "/"
    } else {
        d
    };
    Ok(rt.new_str(d))
}

fn splitext(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let p = path_arg(rt, args, "splitext", 1)?;
    let (_, base) = split_at_slash(&p);
    let dot = base
        .rfind('.')
        .filter(|&i| base[..i].chars().any(|c| c != '.'));
    let (a, b) = match dot {
        Some(i) => {
            let cut = p.len() - base.len() + i;
            (p[..cut].to_string(), p[cut..].to_string())
        }
        None => (p.clone(), String::new()),
    };
    let items = vec![rt.new_string(a), rt.new_string(b)];
    Ok(rt.new_tuple(items))
}

fn abspath(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let p = path_arg(rt, args, "abspath", 1)?;
    let abs = if p.starts_with('/') {
        p
    } else {
        let cwd = std::env::current_dir()
            .map(|c| c.display().to_string())
            .unwrap_or_default();
        format!("{cwd}/{p}")
    };
    Ok(rt.new_string(abs))
}

pub fn create(rt: &mut Runtime) -> Value {
    let path = make_module(
        rt,
        "posixpath",
        &[
            ("exists", exists),
            ("isfile", isfile),
            ("isdir", isdir),
            ("join", join),
            ("basename", basename),
            ("dirname", dirname),
            ("splitext", splitext),
            ("abspath", abspath),
        ],
        &[],
    );
    let sep = rt.new_str("/");
    let linesep = rt.new_str("\n");
    let name = rt.new_str("posix");
    let environ = rt.new_dict();
    for (k, v) in std::env::vars() {
        let (k, v) = (rt.new_string(k), rt.new_string(v));
        let _ = dict::set(rt, environ, k, v);
    }
    make_module(
        rt,
        "os",
        &[
            ("remove", remove),
            ("unlink", remove),
            ("getcwd", getcwd),
            ("listdir", listdir),
        ],
        &[
            ("path", path),
            ("sep", sep),
            ("linesep", linesep),
            ("name", name),
            ("environ", environ),
        ],
    )
}
