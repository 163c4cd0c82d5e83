//! `import`: the module cache (`sys.modules`), Rust modules, `.py` files found on `sys.path`
//! (the script's directory first), and the standard-library modules pyjit implements in
//! Python (`interp/pylib/`, compiled into the binary).

use crate::compiler::compile_module;
use pyjit_runtime::gc::{kind_of, payload_unchecked};
use pyjit_runtime::object::*;
use pyjit_runtime::rt::Frame;
use pyjit_runtime::{PyResult, Runtime, Value, dict};

/// Standard-library modules written in Python: (name, source).
const PYLIB: &[(&str, &str)] = &crate::pylib::MODULES;

fn find_source(rt: &mut Runtime, name: &str) -> Option<(String, String)> {
    let k = rt.intern("path");
    let sys_dict = payload_unchecked::<PyModule>(rt.sys).dict;
    if let Ok(Some(path)) = dict::get(rt, sys_dict, k)
        && let Some(l) = pyjit_runtime::gc::payload::<PyList>(path)
    {
        for &d in l.0.clone().iter() {
            let Some(dir) = rt.str_of(d) else { continue };
            let dir = if dir.is_empty() { "." } else { dir };
            let file = format!("{dir}/{name}.py");
            if let Ok(src) = std::fs::read_to_string(&file) {
                return Some((src, file));
            }
        }
    }
    PYLIB
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(n, src)| (src.to_string(), format!("<pyjit-lib>/{n}.py")))
}

/// `import name`: returns the module object.
pub fn import_module(rt: &mut Runtime, name: Value) -> PyResult<Value> {
    if let Some(m) = dict::get(rt, rt.modules, name)? {
        return Ok(m);
    }
    let n = rt.str_of(name).unwrap_or("").to_string();
    if n == "builtins" {
        let m = rt.heap.alloc(PyModule {
            name,
            dict: rt.builtins,
        });
        let modules = rt.modules;
        dict::set(rt, modules, name, m)?;
        return Ok(m);
    }
    if pyjit_runtime::modules::is_builtin(&n) {
        return pyjit_runtime::modules::import(rt, name);
    }
    if let Some(dot) = n.find('.') {
        // No packages: `a.b` works only where module `a` has a module attribute `b`
        // (`os.path`). The top-level module is returned, as IMPORT_NAME pushes it.
        let head = n[..dot].to_string();
        let hv = rt.new_str(&head);
        let top = import_module(rt, hv)?;
        let mut m = top;
        for part in n[dot + 1..].split('.') {
            let pv = rt.intern(part);
            match pyjit_runtime::attr::getattr_opt(rt, m, pv)? {
                Some(sub) if kind_of(sub) == Some(Kind::Module) => m = sub,
                _ => {
                    let e = rt.new_error(
                        rt.t.module_not_found_error,
                        format!("No module named '{n}'; '{head}' is not a package"),
                    );
                    return Err(with_name(rt, e, &n));
                }
            }
        }
        return Ok(top);
    }
    let Some((source, file)) = find_source(rt, &n) else {
        let e = rt.new_error(
            rt.t.module_not_found_error,
            format!("No module named '{n}'"),
        );
        return Err(with_name(rt, e, &n));
    };
    let code = match compile_module(rt, &source, &file) {
        Ok(c) => c,
        Err(e) => {
            let ty = if e.kind == "SyntaxError" {
                rt.t.syntax_error
            } else {
                rt.t.not_implemented_error
            };
            return Err(rt.new_error(ty, format!("{} ({file}, line {})", e.msg, e.line)));
        }
    };
    rt.temp_roots.push(code);
    let r = exec_module(rt, name, code, &file);
    rt.temp_roots.pop();
    r
}

fn exec_module(rt: &mut Runtime, name: Value, code: Value, file: &str) -> PyResult<Value> {
    let globals = rt.new_dict();
    let m = rt.heap.alloc(PyModule {
        name,
        dict: globals,
    });
    let filev = rt.new_str(file);
    let bkey = rt.intern("__builtins__");
    let bmod = rt.heap.alloc(PyModule {
        name: bkey,
        dict: rt.builtins,
    });
    for (k, v) in [
        ("__name__", name),
        ("__file__", filev),
        ("__doc__", Value::NONE),
        ("__builtins__", bmod),
    ] {
        let key = rt.intern(k);
        dict::set(rt, globals, key, v)?;
    }
    // Cached before running, so circular imports see the partly made module.
    let modules = rt.modules;
    dict::set(rt, modules, name, m)?;
    let c = payload_unchecked::<pyjit_runtime::code::CodeObject>(code);
    let func = rt.heap.alloc(PyFunction {
        code,
        globals,
        defaults: Value::NULL,
        kwdefaults: Value::NULL,
        closure: Value::NULL,
        name: c.name,
        qualname: c.qualname,
        dict: Value::NULL,
    });
    let at = rt.stack_top;
    rt.ensure_stack(at, c.nlocalsplus() + c.stacksize as usize + 8);
    rt.stack[at] = func;
    let base = at + 1;
    rt.stack_top = base;
    rt.frames.push(Frame {
        is_entry: true,
        ret_at: at,
        ..Frame::new(func, code, globals, base)
    });
    let r = crate::eval::run(rt);
    rt.stack_top = at;
    match r {
        Ok(_) => Ok(m),
        Err(e) => {
            let _ = dict::remove(rt, modules, name);
            Err(e)
        }
    }
}

/// Sets `name` on an ImportError.
pub fn with_name(rt: &mut Runtime, e: pyjit_runtime::PyErr, name: &str) -> pyjit_runtime::PyErr {
    let k = rt.intern("name");
    let v = rt.new_str(name);
    let _ = pyjit_runtime::attr::generic_setattr(rt, e.0, k, Some(v));
    e
}

/// `from module import *`: public names (or `__all__`) into `target`.
pub fn import_star(rt: &mut Runtime, module: Value, target: Value) -> PyResult<()> {
    if kind_of(module) != Some(Kind::Module) {
        return Err(rt.type_error("import * expects a module"));
    }
    let d = payload_unchecked::<PyModule>(module).dict;
    let k_all = rt.intern("__all__");
    match dict::get(rt, d, k_all)? {
        Some(all) => {
            for n in pyjit_runtime::seq::to_vec(rt, all)? {
                let v = pyjit_runtime::attr::getattr(rt, module, n)?;
                dict::set(rt, target, n, v)?;
            }
        }
        None => {
            for (k, v) in dict::entries(d) {
                if rt.str_of(k).is_some_and(|s| !s.starts_with('_')) {
                    dict::set(rt, target, k, v)?;
                }
            }
        }
    }
    Ok(())
}
