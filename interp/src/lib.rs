//! pyjit front-end and interpreter: compiler (AST -> bytecode), the instruction table, `dis`,
//! calls and frames, and the evaluation loop. Knows nothing of Cranelift.

pub mod call;
pub mod compiler;
pub mod dis;
pub mod eval;
pub mod generator;
pub mod import;
pub mod jit_hooks;
pub mod knobs;
pub mod liveness;
pub mod opcode;
pub mod pylib;
pub mod specialize;
pub mod stats;
pub mod suggest;
pub mod sys;
pub mod traceback;

use pyjit_runtime::gc::payload_unchecked;
use pyjit_runtime::object::{PyFunction, PyModule};
use pyjit_runtime::rt::Frame;
use pyjit_runtime::{PyResult, Runtime, Value, dict};

/// Makes a runtime ready to run code: the call hook and the `sys` module.
pub fn new_runtime(gc_stress: bool, argv: Vec<String>) -> Runtime {
    let mut rt = Runtime::new(gc_stress);
    rt.call_hook = call::call_object;
    rt.gen_hook = generator::resume;
    generator::install(&mut rt);
    sys::install(&mut rt, argv);
    rt
}

/// Runs a compiled module as `__main__`; returns its globals.
pub fn run_main(rt: &mut Runtime, code: Value) -> PyResult<Value> {
    let globals = rt.new_dict();
    rt.permanent.push(globals);
    let main = rt.new_str("__main__");
    let c = payload_unchecked::<pyjit_runtime::code::CodeObject>(code);
    let file = c.filename;
    let mut entries = vec![("__name__", main), ("__doc__", Value::NONE)];
    if rt.str_of(file) != Some("<string>") {
        entries.push(("__file__", file));
    }
    for (k, val) in entries {
        let key = rt.intern(k);
        dict::set(rt, globals, key, val)?;
    }
    let key = rt.intern("__builtins__");
    let bmod = rt.heap.alloc(PyModule {
        name: key,
        dict: rt.builtins,
    });
    dict::set(rt, globals, key, bmod)?;
    let main_mod = rt.heap.alloc(PyModule {
        name: main,
        dict: globals,
    });
    let modules = rt.modules;
    dict::set(rt, modules, main, main_mod)?;
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
    rt.permanent.push(func);
    let base = rt.stack_top;
    let n = c.nlocalsplus() + c.stacksize as usize + 8;
    rt.ensure_stack(base, n);
    rt.frames.push(Frame {
        is_entry: true,
        ret_at: base,
        ..Frame::new(func, code, globals, base)
    });
    rt.stack_top = base;
    eval::run(rt).map(|_| globals)
}
