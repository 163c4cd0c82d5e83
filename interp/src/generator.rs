//! Generators (resuming a suspended frame, `send`/`throw`/`close`) and `__build_class__`,
//! the two builtins that must run frames.

use crate::call::push_frame;
use pyjit_runtime::code::CodeObject;
use pyjit_runtime::gc::{kind_of, payload, payload_unchecked};
use pyjit_runtime::object::*;
use pyjit_runtime::rt::Frame;
use pyjit_runtime::{PyErr, PyResult, Runtime, Value, dict};

/// Resumes generator `g` with `sent` (the value of the `yield` expression), or with
/// `rt.pending_throw` raised at the `yield`. `Ok(Some(v))`: it yielded `v`; `Ok(None)`: it
/// returned (the value is in `rt.gen_return`).
pub fn resume(rt: &mut Runtime, g: Value, sent: Value) -> PyResult<Option<Value>> {
    let st = payload_unchecked::<PyGenerator>(g);
    match st.state {
        GenState::Running => {
            rt.pending_throw = None;
            return Err(rt.value_error("generator already executing"));
        }
        GenState::Finished => {
            if let Some(e) = rt.pending_throw.take() {
                return Err(e);
            }
            rt.gen_return = if st.pending_return.is_null() {
                Value::NONE
            } else {
                std::mem::replace(&mut st.pending_return, Value::NULL)
            };
            return Ok(None);
        }
        GenState::Created => {
            if let Some(e) = rt.pending_throw.take() {
                // Thrown into a generator that never ran: it is finished, and the exception
                // comes out unchanged.
                st.state = GenState::Finished;
                st.slots = Vec::new();
                return Err(e);
            }
            if !sent.is_none() {
                return Err(rt.type_error("can't send non-None value to a just-started generator"));
            }
        }
        GenState::Suspended => {}
    }
    let code = payload_unchecked::<CodeObject>(st.code);
    let at = rt.stack_top;
    rt.ensure_stack(at, code.nlocalsplus() + code.stacksize as usize + 8);
    let n = st.slots.len();
    rt.stack[at..at + n].copy_from_slice(&st.slots);
    let mut sp = at + n;
    if st.state == GenState::Suspended {
        rt.stack[sp] = sent;
        sp += 1;
    }
    rt.frames.push(Frame {
        pc: st.pc,
        is_entry: true,
        ret_at: at,
        sp,
        generator: g,
        ..Frame::new(st.func, st.code, st.globals, at)
    });
    rt.stack_top = sp;
    st.state = GenState::Running;
    let saved_exc = rt.exc_info;
    let r = crate::eval::run(rt);
    rt.exc_info = saved_exc;
    rt.stack_top = at;
    let st = payload_unchecked::<PyGenerator>(g);
    match r {
        Ok(v) if st.state == GenState::Suspended => Ok(Some(v)),
        Ok(v) => {
            st.state = GenState::Finished;
            st.slots = Vec::new();
            rt.gen_return = v;
            Ok(None)
        }
        Err(e) => {
            st.state = GenState::Finished;
            st.slots = Vec::new();
            if rt.err_matches(&e, rt.t.stop_iteration) {
                // PEP 479: a StopIteration escaping a generator becomes RuntimeError.
                let re = rt.new_error(rt.t.runtime_error, "generator raised StopIteration");
                let ex = payload_unchecked::<PyException>(re.0);
                ex.cause = e.0;
                ex.context = e.0;
                ex.suppress_context = true;
                return Err(re);
            }
            Err(e)
        }
    }
}

fn stop_iteration(rt: &mut Runtime, v: Value) -> PyErr {
    let args = if v.is_none() { vec![] } else { vec![v] };
    rt.new_error_args(rt.t.stop_iteration, args)
}

fn check_gen(rt: &mut Runtime, v: Value, what: &str) -> PyResult<()> {
    if kind_of(v) != Some(Kind::Generator) {
        let t = rt.type_name(v);
        return Err(rt.type_error(format!(
            "descriptor '{what}' for 'generator' objects doesn't apply to a '{t}' object"
        )));
    }
    Ok(())
}

fn g_next(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_gen(rt, args[0], "__next__")?;
    match resume(rt, args[0], Value::NONE)? {
        Some(v) => Ok(v),
        None => {
            let r = rt.gen_return;
            Err(stop_iteration(rt, r))
        }
    }
}

fn g_send(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_gen(rt, args[0], "send")?;
    pyjit_runtime::builtins::arity(rt, "send", args.len() - 1, 1, 1)?;
    match resume(rt, args[0], args[1])? {
        Some(v) => Ok(v),
        None => {
            let r = rt.gen_return;
            Err(stop_iteration(rt, r))
        }
    }
}

/// The exception `gen.throw(typ[, val])` raises.
fn throw_value(rt: &mut Runtime, args: &[Value]) -> PyResult<PyErr> {
    let typ = args[0];
    if kind_of(typ) == Some(Kind::Exception) {
        return Ok(PyErr(typ));
    }
    if kind_of(typ) == Some(Kind::Type) && rt.is_subtype(typ, rt.t.base_exception) {
        let a: Vec<Value> = match args.get(1) {
            Some(&v) if kind_of(v) == Some(Kind::Exception) => return Ok(PyErr(v)),
            Some(&v) if !v.is_none() => vec![v],
            _ => vec![],
        };
        let e = rt.call(typ, &a)?;
        return Ok(PyErr(e));
    }
    Err(rt.type_error("exceptions must be classes or instances deriving from BaseException"))
}

/// The generator `g` is suspended inside `yield from` on (returns) this delegate.
fn delegate_of(g: Value) -> Option<Value> {
    let st = payload_unchecked::<PyGenerator>(g);
    if st.state != GenState::Suspended || st.pc < 2 {
        return None;
    }
    let code = payload_unchecked::<CodeObject>(st.code);
    if crate::opcode::decode(code.code[st.pc - 2]).0 != crate::opcode::Op::SEND {
        return None;
    }
    st.slots.last().copied()
}

/// Raises `e` inside `g` at its `yield`; a generator delegating with `yield from` passes it
/// to its delegate first (PEP 380). `Some(v)`: something yielded `v`.
fn throw_into(rt: &mut Runtime, g: Value, e: PyErr) -> PyResult<Option<Value>> {
    let mut e = e;
    if let Some(sub) = delegate_of(g)
        && kind_of(sub) == Some(Kind::Generator)
    {
        rt.temp_roots.push(sub);
        let r = throw_into(rt, sub, e);
        rt.temp_roots.pop();
        match r {
            Ok(Some(y)) => return Ok(Some(y)),
            Ok(None) => {
                // The delegate returned: the `yield from` evaluates to its return value.
                payload_unchecked::<PyGenerator>(sub).pending_return = rt.gen_return;
                return resume(rt, g, Value::NONE);
            }
            Err(e2) => e = e2,
        }
    }
    rt.pending_throw = Some(e);
    resume(rt, g, Value::NONE)
}

fn g_throw(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_gen(rt, args[0], "throw")?;
    pyjit_runtime::builtins::arity(rt, "throw", args.len() - 1, 1, 3)?;
    let e = throw_value(rt, &args[1..])?;
    match throw_into(rt, args[0], e)? {
        Some(v) => Ok(v),
        None => {
            let r = rt.gen_return;
            Err(stop_iteration(rt, r))
        }
    }
}

/// `gen.close()`: GeneratorExit at the yield; finishing (or re-raising it) is a clean close.
pub fn close(rt: &mut Runtime, g: Value) -> PyResult<()> {
    let st = payload_unchecked::<PyGenerator>(g);
    match st.state {
        GenState::Finished => return Ok(()),
        GenState::Created => {
            st.state = GenState::Finished;
            st.slots = Vec::new();
            return Ok(());
        }
        _ => {}
    }
    // A generator suspended in `yield from` closes its delegate first.
    let code = payload_unchecked::<CodeObject>(st.code);
    if st.pc >= 2
        && crate::opcode::decode(code.code[st.pc - 2]).0 == crate::opcode::Op::SEND
        && let Some(&sub) = st.slots.last()
        && kind_of(sub) == Some(Kind::Generator)
    {
        close(rt, sub)?;
    }
    let e = rt.new_error_args(rt.t.generator_exit, vec![]);
    rt.pending_throw = Some(e);
    match resume(rt, g, Value::NONE) {
        Ok(Some(_)) => Err(rt.new_error(rt.t.runtime_error, "generator ignored GeneratorExit")),
        Ok(None) => Ok(()),
        Err(e)
            if rt.err_matches(&e, rt.t.generator_exit)
                || rt.err_matches(&e, rt.t.stop_iteration) =>
        {
            Ok(())
        }
        Err(e) => Err(e),
    }
}

fn g_close(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_gen(rt, args[0], "close")?;
    close(rt, args[0])?;
    Ok(Value::NONE)
}

fn g_iter(_rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(args[0])
}

/// `__build_class__(body, name, *bases)`: runs the class body with a fresh namespace as its
/// locals, then makes the class and fills the `__class__` cell.
fn build_class(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(rt.new_error(
            rt.t.not_implemented_error,
            "class keyword arguments are not supported by pyjit",
        ));
    }
    if args.len() < 2 || kind_of(args[0]) != Some(Kind::Function) {
        return Err(rt.type_error("__build_class__: func must be a function"));
    }
    let (func, namev) = (args[0], args[1]);
    let Some(name) = rt.str_of(namev).map(str::to_string) else {
        return Err(rt.type_error("__build_class__: name is not a string"));
    };
    let bases = args[2..].to_vec();
    let ns = rt.new_dict();
    rt.temp_roots.push(ns);
    let r = (|| {
        let at = rt.stack_top;
        rt.ensure_stack(at, 1);
        rt.stack[at] = func;
        rt.stack_top = at + 1;
        push_frame(rt, func, at + 1, 0, &[], at, true)?;
        rt.frames.last_mut().unwrap().locals = ns;
        let cell = crate::eval::run(rt);
        rt.stack_top = at;
        let cell = cell?;
        let k_mod = rt.intern("__module__");
        let module = dict::get(rt, ns, k_mod)?.unwrap_or(Value::NULL);
        let k_cell = rt.intern("__classcell__");
        dict::remove(rt, ns, k_cell)?;
        let cls = pyjit_runtime::class::new_class(rt, &name, bases, ns, module)?;
        if let Some(c) = payload::<PyCell>(cell) {
            c.0 = cls;
        }
        Ok(cls)
    })();
    rt.temp_roots.pop();
    r
}

pub fn install(rt: &mut Runtime) {
    let g = rt.t.generator;
    pyjit_runtime::builtins::register_methods(
        rt,
        g,
        "generator",
        &[
            ("__next__", g_next),
            ("send", g_send),
            ("throw", g_throw),
            ("close", g_close),
            ("__iter__", g_iter),
        ],
    );
    let k = rt.intern("__build_class__");
    let f = rt.new_builtin("__build_class__", build_class);
    let b = rt.builtins;
    dict::set(rt, b, k, f).expect("str keys hash");
}
