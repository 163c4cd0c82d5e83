//! The evaluation loop. Python-to-Python calls push a frame and stay in this loop (no Rust
//! recursion); calls from Rust (builtins calling back) enter `run` again with an entry frame.
//!
//! Invariants:
//! - `sp` is the running frame's value-stack pointer (an index into `rt.stack`); it is written
//!   to `rt.stack_top` before anything that may run Python code or collect, so the collector
//!   and nested calls see every live slot.
//! - Collection happens only at safepoints here: backward jumps and function entry.

use crate::call::{call_native, make_generator, push_frame};
use crate::jit_hooks;
use crate::knobs::{self, Knob};
use crate::opcode::*;
use crate::stats;
use pyjit_runtime::code::{CO_GENERATOR, CodeObject};
use pyjit_runtime::gc::{kind_of, payload, payload_unchecked};
use pyjit_runtime::object::*;
use pyjit_runtime::ops::{self, BinOp, CmpOp};
use pyjit_runtime::{PyErr, PyResult, Runtime, Value, attr, dict, format, seq, set};

mod errors;
mod fast;
use errors::*;
use fast::*;

/// Runs the top frame (an entry frame) and everything it calls until it returns.
///
/// The loop has two instances: the ordinary one, and a slow one that also counts
/// instructions for `--stats` and calls the trace recorder before each instruction. An
/// instance returns `None` to hand the same frames over to the other one (recording began
/// or ended); all its state is in `rt.frames` at that point.
pub fn run(rt: &mut Runtime) -> PyResult<Value> {
    loop {
        let r = if stats::enabled() || jit_hooks::recording() {
            run_loop::<true>(rt)
        } else {
            run_loop::<false>(rt)
        };
        if let Some(r) = r {
            return r;
        }
    }
}

/// The evaluation loop; `SLOW` compiles in the per-instruction counting of `--stats` and
/// the recorder's hook, so the ordinary build of the loop pays nothing for them.
fn run_loop<const SLOW: bool>(rt: &mut Runtime) -> Option<PyResult<Value>> {
    let mut code: &'static CodeObject;
    let mut base: usize;
    let mut pc: usize;
    let mut sp: usize;
    let mut globals: Value;
    let mut locals: Value;

    macro_rules! load_frame {
        () => {{
            let f = rt.frames.last().unwrap();
            code = payload_unchecked::<CodeObject>(f.code);
            base = f.base;
            pc = f.pc;
            sp = f.sp;
            globals = f.globals;
            locals = if f.locals.is_null() {
                f.globals
            } else {
                f.locals
            };
        }};
    }
    macro_rules! save_frame {
        () => {{
            let f = rt.frames.last_mut().unwrap();
            f.pc = pc;
            f.sp = sp;
        }};
    }
    // SAFETY (all slot macros): frames reserve `nlocalsplus + stacksize` slots when pushed
    // (`push_frame` calls `ensure_stack`), and the compiler's stack-depth computation bounds sp.
    macro_rules! slot {
        ($i:expr) => {
            *unsafe { rt.stack.get_unchecked_mut($i) }
        };
    }
    macro_rules! push {
        ($v:expr) => {{
            let v = $v;
            slot!(sp) = v;
            sp += 1;
        }};
    }
    macro_rules! pop {
        () => {{
            sp -= 1;
            slot!(sp)
        }};
    }
    macro_rules! top {
        () => {
            slot!(sp - 1)
        };
    }
    macro_rules! peek {
        ($n:expr) => {
            slot!(sp - $n)
        };
    }
    macro_rules! sync {
        () => {
            rt.stack_top = sp;
        };
    }

    load_frame!();
    let stats_on = SLOW && stats::enabled();
    // An exception thrown into a resumed generator is raised at its yield.
    let mut error: Option<PyErr> = rt.pending_throw.take();
    // Set by RERAISE and bare `raise`: the exception keeps its traceback as is.
    let mut reraise = false;
    'outer: loop {
        // Instruction loop: left only by `break` on an error (with `error` set).
        if error.is_none() {
            'insn: loop {
                macro_rules! tri {
                    ($e:expr) => {
                        match $e {
                            Ok(v) => v,
                            Err(e) => {
                                error = Some(e);
                                break 'insn;
                            }
                        }
                    };
                }
                if SLOW && jit_hooks::recording() {
                    sync!();
                    save_frame!();
                    let record = jit_hooks::hooks().unwrap().record;
                    if !record(rt) {
                        return None;
                    }
                    if jit_hooks::take_moved() {
                        // The recorder ran an inner loop's trace: the frame moved on, and the
                        // recorder sees the instruction it moved to first.
                        load_frame!();
                        continue 'insn;
                    }
                }
                let word = code.word(pc);
                pc += 1;
                let (op, arg) = decode(word);
                if stats_on {
                    stats::exec(op);
                }
                // Prologue of a generic instruction with specialized forms: when its counter
                // has run out, rewrite it (`specialize.rs`) and run whatever it became.
                macro_rules! adaptive {
                    () => {{
                        // SAFETY: pc - 1 is this instruction; the reference ends here.
                        let c = unsafe { code.cache_at(pc - 1) };
                        if c.counter == 0 {
                            sync!();
                            crate::specialize::specialize(rt, code, pc - 1, arg, sp, globals);
                            if decode(code.word(pc - 1)).0.is_specialized() {
                                pc -= 1;
                                continue 'insn;
                            }
                        } else {
                            c.counter -= 1;
                        }
                    }};
                }
                // The inline cache of this instruction (valid until Python code runs).
                macro_rules! cache {
                    () => {
                        // SAFETY: as in `adaptive!`.
                        unsafe { code.cache_at(pc - 1) }
                    };
                }
                // Pushes a frame for Python function `f` (arguments at `at..at + n`, the result
                // goes to `ret`) and runs it.
                macro_rules! enter {
                    ($f:expr, $at:expr, $n:expr, $ret:expr) => {{
                        sync!();
                        save_frame!();
                        tri!(push_frame(rt, $f, $at, $n, &[], $ret, false));
                        load_frame!();
                        if rt.heap.pending {
                            rt.stack_top = sp;
                            tri!(rt.safepoint());
                        }
                        continue 'insn;
                    }};
                }
                let generic: Op = 'spec: {
                    // A specialized form's guards failed: count the miss and run the generic form
                    // (which counts down to re-specializing this instruction).
                    macro_rules! miss {
                        ($generic:ident) => {{
                            if stats_on {
                                stats::miss(op);
                            }
                            break 'spec Op::$generic;
                        }};
                    }
                    match op {
                        // Generic forms of the adaptive families run in the second match below,
                        // which is also where a specialized form's miss lands.
                        Op::BINARY_OP
                        | Op::COMPARE_OP
                        | Op::BINARY_SUBSCR
                        | Op::STORE_SUBSCR
                        | Op::LOAD_GLOBAL
                        | Op::LOAD_ATTR
                        | Op::STORE_ATTR
                        | Op::CALL
                        | Op::CALL_KW
                        | Op::FOR_ITER
                        | Op::UNPACK_SEQUENCE => break 'spec op,
                        Op::NOP | Op::RESUME | Op::COPY_FREE_VARS => {}
                        Op::LOAD_FAST => {
                            let v = slot!(base + arg as usize);
                            if v.is_null() {
                                let e = unbound_local(rt, code, arg);
                                tri!(Err(e));
                            }
                            push!(v);
                        }
                        Op::STORE_FAST => {
                            let v = pop!();
                            slot!(base + arg as usize) = v;
                        }
                        Op::DELETE_FAST => {
                            if slot!(base + arg as usize).is_null() {
                                let e = unbound_local(rt, code, arg);
                                tri!(Err(e));
                            }
                            slot!(base + arg as usize) = Value::NULL;
                        }
                        Op::LOAD_CONST => push!(code.consts[arg as usize]),
                        Op::POP_TOP => sp -= 1,
                        Op::PUSH_NULL => push!(Value::NULL),
                        Op::COPY => {
                            let v = peek!(arg as usize);
                            push!(v);
                        }
                        Op::SWAP => {
                            let n = arg as usize;
                            let a = top!();
                            top!() = peek!(n);
                            peek!(n) = a;
                        }
                        Op::IS_OP => {
                            let b = pop!();
                            let a = top!();
                            top!() = Value::bool((a == b) != (arg == 1));
                        }
                        Op::CONTAINS_OP => {
                            let b = pop!();
                            let a = top!();
                            sync!();
                            let r = tri!(seq::contains(rt, b, a));
                            top!() = Value::bool(r != (arg == 1));
                        }
                        Op::UNARY_NEGATIVE => {
                            let v = top!();
                            sync!();
                            let r = tri!(ops::neg(rt, v));
                            top!() = r;
                        }
                        Op::UNARY_POSITIVE => {
                            let v = top!();
                            sync!();
                            let r = tri!(ops::pos(rt, v));
                            top!() = r;
                        }
                        Op::UNARY_INVERT => {
                            let v = top!();
                            sync!();
                            let r = tri!(ops::invert(rt, v));
                            top!() = r;
                        }
                        Op::UNARY_NOT => {
                            let v = top!();
                            sync!();
                            let t = tri!(truth(rt, v));
                            top!() = Value::bool(!t);
                        }
                        Op::POP_JUMP_IF_FALSE | Op::POP_JUMP_IF_TRUE => {
                            let v = pop!();
                            sync!();
                            let t = tri!(truth(rt, v));
                            if t == (op == Op::POP_JUMP_IF_TRUE) {
                                pc += arg as usize;
                            }
                        }
                        Op::POP_JUMP_IF_NONE | Op::POP_JUMP_IF_NOT_NONE => {
                            let v = pop!();
                            if v.is_none() == (op == Op::POP_JUMP_IF_NONE) {
                                pc += arg as usize;
                            }
                        }
                        Op::JUMP_IF_FALSE_OR_POP | Op::JUMP_IF_TRUE_OR_POP => {
                            let v = top!();
                            sync!();
                            let t = tri!(truth(rt, v));
                            if t == (op == Op::JUMP_IF_TRUE_OR_POP) {
                                pc += arg as usize;
                            } else {
                                sp -= 1;
                            }
                        }
                        Op::JUMP_FORWARD => pc += arg as usize,
                        Op::JUMP_BACKWARD => {
                            // The loop's hot counter (the trace recorder's trigger) and, once
                            // compiled, the loop's trace (see `jit_hooks`).
                            let c = cache!();
                            pc -= arg as usize;
                            if c.aux2 != 0 && c.aux2 != jit_hooks::BLACKLISTED {
                                let id = c.aux2 - 1;
                                sync!();
                                save_frame!();
                                if (jit_hooks::hooks().unwrap().enter)(rt, id) {
                                    return None;
                                }
                                load_frame!();
                            } else {
                                c.index = c.index.wrapping_add(1);
                                // A loop whose recordings aborted waits 2^backoff times longer.
                                if c.index == knobs::get(Knob::hot_loop) << c.backoff {
                                    stats::hot_loop();
                                    if c.aux2 == 0
                                        && knobs::get(Knob::jit) != 0
                                        && let Some(h) = jit_hooks::hooks()
                                    {
                                        sync!();
                                        save_frame!();
                                        if (h.hot_loop)(rt, pc + arg as usize - 1) {
                                            return None;
                                        }
                                    }
                                }
                            }
                            if rt.heap.pending {
                                sync!();
                                save_frame!();
                                if let Err(e) = rt.safepoint() {
                                    // Raised at the jump itself (its line), not its target.
                                    pc += arg as usize;
                                    error = Some(e);
                                    break 'insn;
                                }
                            }
                        }
                        Op::GET_ITER => {
                            let v = top!();
                            sync!();
                            let it = tri!(seq::iter(rt, v));
                            top!() = it;
                        }
                        Op::STORE_GLOBAL => {
                            let v = pop!();
                            tri!(dict::set(rt, globals, code.names[arg as usize], v));
                        }
                        Op::STORE_NAME => {
                            let v = pop!();
                            tri!(dict::set(rt, locals, code.names[arg as usize], v));
                        }
                        Op::DELETE_GLOBAL | Op::DELETE_NAME => {
                            let name = code.names[arg as usize];
                            let d = if op == Op::DELETE_NAME {
                                locals
                            } else {
                                globals
                            };
                            if tri!(dict::remove(rt, d, name)).is_none() {
                                tri!(Err(name_error(rt, name, globals)));
                            }
                        }
                        Op::LOAD_NAME => {
                            let name = code.names[arg as usize];
                            let h =
                                pyjit_runtime::strings::str_hash(payload_unchecked::<PyStr>(name));
                            let mut found = None;
                            if locals != globals {
                                found = tri!(dict::get_hashed(rt, locals, name, h));
                            }
                            let v = match found {
                                Some(v) => v,
                                None => match tri!(dict::get_hashed(rt, globals, name, h)) {
                                    Some(v) => v,
                                    None => {
                                        match tri!(dict::get_hashed(rt, rt.builtins, name, h)) {
                                            Some(v) => v,
                                            None => tri!(Err(name_error(rt, name, globals))),
                                        }
                                    }
                                },
                            };
                            push!(v);
                        }
                        Op::MAKE_CELL => {
                            let i = base + arg as usize;
                            let v = slot!(i);
                            let c = rt.heap.alloc(PyCell(v));
                            slot!(i) = c;
                        }
                        Op::LOAD_CLOSURE => push!(slot!(base + arg as usize)),
                        Op::LOAD_DEREF => {
                            let c = slot!(base + arg as usize);
                            let v = payload_unchecked::<PyCell>(c).0;
                            if v.is_null() {
                                let e = unbound_deref(rt, code, arg);
                                tri!(Err(e));
                            }
                            push!(v);
                        }
                        Op::STORE_DEREF => {
                            let v = pop!();
                            let c = slot!(base + arg as usize);
                            payload_unchecked::<PyCell>(c).0 = v;
                        }
                        Op::DELETE_DEREF => {
                            let c = slot!(base + arg as usize);
                            if payload_unchecked::<PyCell>(c).0.is_null() {
                                let e = unbound_deref(rt, code, arg);
                                tri!(Err(e));
                            }
                            payload_unchecked::<PyCell>(c).0 = Value::NULL;
                        }
                        Op::DELETE_ATTR => {
                            let obj = pop!();
                            sync!();
                            tri!(attr::delattr(rt, obj, code.names[arg as usize]));
                        }
                        Op::DELETE_SUBSCR => {
                            sync!();
                            let key = pop!();
                            let obj = pop!();
                            tri!(seq::delitem(rt, obj, key));
                        }
                        Op::BUILD_SLICE => {
                            let step = if arg == 3 { pop!() } else { Value::NONE };
                            let stop = pop!();
                            let start = top!();
                            top!() = rt.heap.alloc(PySlice { start, stop, step });
                        }
                        Op::BINARY_SLICE => {
                            let stop = pop!();
                            let start = pop!();
                            let obj = top!();
                            sync!();
                            let s = rt.heap.alloc(PySlice {
                                start,
                                stop,
                                step: Value::NONE,
                            });
                            top!() = s;
                            let r = tri!(seq::getitem(rt, obj, s));
                            top!() = r;
                        }
                        Op::STORE_SLICE => {
                            sync!();
                            let stop = pop!();
                            let start = pop!();
                            let obj = pop!();
                            let v = pop!();
                            let s = rt.heap.alloc(PySlice {
                                start,
                                stop,
                                step: Value::NONE,
                            });
                            tri!(seq::setitem(rt, obj, s, v));
                        }
                        Op::BUILD_TUPLE => {
                            let n = arg as usize;
                            let items = rt.stack[sp - n..sp].to_vec();
                            sp -= n;
                            push!(rt.new_tuple(items));
                        }
                        Op::BUILD_LIST => {
                            let n = arg as usize;
                            let items = rt.stack[sp - n..sp].to_vec();
                            sp -= n;
                            push!(rt.new_list(items));
                        }
                        Op::BUILD_SET => {
                            let n = arg as usize;
                            let s = rt.new_set(false);
                            let items = rt.stack[sp - n..sp].to_vec();
                            slot!(sp) = s;
                            rt.stack_top = sp + 1;
                            let r: PyResult<()> =
                                items.iter().try_for_each(|&x| set::add(rt, s, x));
                            tri!(r);
                            sp -= n;
                            push!(s);
                        }
                        Op::BUILD_MAP => {
                            let n = arg as usize;
                            let d = rt.new_dict();
                            slot!(sp) = d;
                            rt.stack_top = sp + 1;
                            let items = rt.stack[sp - 2 * n..sp].to_vec();
                            let r: PyResult<()> = items
                                .chunks(2)
                                .try_for_each(|kv| dict::set(rt, d, kv[0], kv[1]));
                            tri!(r);
                            sp -= 2 * n;
                            push!(d);
                        }
                        Op::BUILD_CONST_KEY_MAP => {
                            let n = arg as usize;
                            let keys = pop!();
                            let d = rt.new_dict();
                            let ks = payload_unchecked::<PyTuple>(keys).0.clone();
                            let vals = rt.stack[sp - n..sp].to_vec();
                            let r: PyResult<()> = ks
                                .iter()
                                .zip(vals)
                                .try_for_each(|(&k, v)| dict::set(rt, d, k, v));
                            tri!(r);
                            sp -= n;
                            push!(d);
                        }
                        Op::BUILD_STRING => {
                            let n = arg as usize;
                            let mut s = String::new();
                            for i in sp - n..sp {
                                let part = slot!(i);
                                s.push_str(rt.str_of(part).unwrap_or(""));
                            }
                            sp -= n;
                            push!(rt.new_string(s));
                        }
                        Op::LIST_APPEND => {
                            let v = pop!();
                            let l = peek!(arg as usize);
                            payload_unchecked::<PyList>(l).0.push(v);
                        }
                        Op::SET_ADD => {
                            let v = pop!();
                            let s = peek!(arg as usize);
                            sync!();
                            tri!(set::add(rt, s, v));
                        }
                        Op::MAP_ADD => {
                            let v = pop!();
                            let k = pop!();
                            let d = peek!(arg as usize);
                            sync!();
                            tri!(dict::set(rt, d, k, v));
                        }
                        Op::LIST_EXTEND => {
                            let it = top!();
                            let l = peek!(arg as usize + 1);
                            sync!();
                            let items =
                                tri!(seq::to_vec(rt, it).map_err(|e| extend_error(rt, e, it)));
                            payload_unchecked::<PyList>(l).0.extend(items);
                            sp -= 1;
                        }
                        Op::SET_UPDATE => {
                            let it = top!();
                            let s = peek!(arg as usize + 1);
                            sync!();
                            tri!(set::update(rt, s, it));
                            sp -= 1;
                        }
                        Op::DICT_UPDATE | Op::DICT_MERGE => {
                            let other = top!();
                            let d = peek!(arg as usize + 1);
                            sync!();
                            if op == Op::DICT_MERGE {
                                // Stack: [callable, NULL, args tuple, dict, update].
                                let func = peek!(arg as usize + 4);
                                tri!(dict_merge(rt, d, other, func));
                            } else if !matches!(kind_of(other), Some(Kind::Dict | Kind::Instance)) {
                                let t = rt.type_name(other);
                                tri!(Err(rt.type_error(format!("'{t}' object is not a mapping"))));
                            } else {
                                tri!(dict::update_from(rt, d, other));
                            }
                            sp -= 1;
                        }
                        Op::LIST_TO_TUPLE => {
                            let l = top!();
                            let items = payload_unchecked::<PyList>(l).0.clone();
                            top!() = rt.new_tuple(items);
                        }
                        Op::UNPACK_EX => {
                            let v = pop!();
                            sync!();
                            let (before, after) = ((arg & 0xff) as usize, (arg >> 8) as usize);
                            let items = tri!(unpack_ex(rt, v, before, after));
                            let n = items.len();
                            let mid = rt.new_list(items[before..n - after].to_vec());
                            for &x in items[n - after..].iter().rev() {
                                push!(x);
                            }
                            push!(mid);
                            for &x in items[..before].iter().rev() {
                                push!(x);
                            }
                        }
                        Op::FORMAT_VALUE => {
                            let spec = if arg & FVS_HAVE_SPEC != 0 {
                                pop!()
                            } else {
                                Value::NULL
                            };
                            let v = top!();
                            sync!();
                            let conv = match arg & 3 {
                                FVC_STR => b's',
                                FVC_REPR => b'r',
                                FVC_ASCII => b'a',
                                _ => 0,
                            };
                            if conv == 0 && spec.is_null() && kind_of(v) == Some(Kind::Str) {
                                continue 'insn;
                            }
                            let spec_s = if spec.is_null() {
                                ""
                            } else {
                                rt.str_of(spec).unwrap_or("")
                            };
                            let s = tri!(format::format_with_conversion(rt, v, conv, spec_s));
                            top!() = rt.new_string(s);
                        }
                        Op::MAKE_FUNCTION => {
                            let codev = pop!();
                            let closure = if arg & MF_CLOSURE != 0 {
                                pop!()
                            } else {
                                Value::NULL
                            };
                            let kwdefaults = if arg & MF_KWDEFAULTS != 0 {
                                pop!()
                            } else {
                                Value::NULL
                            };
                            let defaults = if arg & MF_DEFAULTS != 0 {
                                pop!()
                            } else {
                                Value::NULL
                            };
                            let c = payload_unchecked::<CodeObject>(codev);
                            let f = PyFunction {
                                code: codev,
                                globals,
                                defaults,
                                kwdefaults,
                                closure,
                                name: c.name,
                                qualname: c.qualname,
                                dict: Value::NULL,
                            };
                            push!(rt.heap.alloc(f));
                        }
                        Op::CALL_FUNCTION_EX => {
                            let kwargs = if arg & 1 == 1 { pop!() } else { Value::NULL };
                            let argt = pop!();
                            sp -= 1; // NULL
                            let callable = top!();
                            let callable_at = sp - 1;
                            sync!();
                            let mut args: Vec<Value> =
                                payload_unchecked::<PyTuple>(argt).0.to_vec();
                            let mut kw = Vec::new();
                            if !kwargs.is_null() {
                                let entries = dict::entries(kwargs);
                                if entries.iter().any(|(k, _)| kind_of(*k) != Some(Kind::Str)) {
                                    tri!(Err(rt.type_error("keywords must be strings")));
                                }
                                for (k, v) in entries {
                                    args.push(v);
                                    kw.push(k);
                                }
                            }
                            if kind_of(callable) == Some(Kind::Function)
                                && code_flags(callable) & CO_GENERATOR == 0
                            {
                                // Lay the flattened arguments out after the callable and call as usual.
                                let at = callable_at + 1;
                                rt.ensure_stack(at, args.len() + 1);
                                rt.stack[at..at + args.len()].copy_from_slice(&args);
                                sp = at + args.len();
                                sync!();
                                save_frame!();
                                tri!(push_frame(
                                    rt,
                                    callable,
                                    at,
                                    args.len(),
                                    &kw,
                                    callable_at,
                                    false
                                ));
                                load_frame!();
                                continue 'insn;
                            }
                            save_frame!();
                            // Keep the argument tuple and dict rooted during the call.
                            rt.temp_roots.extend([argt, kwargs]);
                            let r = call_native(rt, callable, &args, &kw);
                            rt.temp_roots.truncate(rt.temp_roots.len() - 2);
                            let r = tri!(r);
                            sp = callable_at;
                            push!(r);
                        }
                        Op::RETURN_VALUE | Op::RETURN_CONST => {
                            let v = if op == Op::RETURN_VALUE {
                                pop!()
                            } else {
                                code.consts[arg as usize]
                            };
                            let f = rt.frames.pop().unwrap();
                            if !f.generator.is_null() {
                                payload_unchecked::<PyGenerator>(f.generator).state =
                                    GenState::Finished;
                            }
                            if f.is_entry {
                                return Some(Ok(v));
                            }
                            load_frame!();
                            let _ = sp; // the caller's saved sp is superseded by the return slot
                            sp = f.ret_at;
                            push!(v);
                        }
                        Op::RAISE_VARARGS => {
                            sync!();
                            if arg == 0 {
                                // Bare `raise`: the exception being handled, traceback unchanged.
                                if rt.exc_info.is_null() || rt.exc_info.is_none() {
                                    tri!(Err(rt.new_error(
                                        rt.t.runtime_error,
                                        "No active exception to reraise"
                                    )));
                                }
                                reraise = true;
                                error = Some(PyErr(rt.exc_info));
                                break 'insn;
                            }
                            let cause = if arg == 2 { pop!() } else { Value::NULL };
                            let exc = pop!();
                            let e = tri!(make_exception(rt, exc));
                            if arg == 2 {
                                let c = if cause.is_none() {
                                    Value::NONE
                                } else {
                                    tri!(make_exception(rt, cause).map_err(|_| {
                                        rt.type_error(
                                            "exception causes must derive from BaseException",
                                        )
                                    }))
                                    .0
                                };
                                let ex = payload_unchecked::<PyException>(e.0);
                                ex.cause = if c.is_none() { Value::NULL } else { c };
                                ex.suppress_context = true;
                            }
                            tri!(Err(e));
                        }
                        Op::RERAISE => {
                            let exc = pop!();
                            reraise = true;
                            error = Some(PyErr(exc));
                            break 'insn;
                        }
                        Op::PUSH_EXC_INFO => {
                            let exc = pop!();
                            let prev = if rt.exc_info.is_null() {
                                Value::NONE
                            } else {
                                rt.exc_info
                            };
                            push!(prev);
                            push!(exc);
                            rt.exc_info = exc;
                        }
                        Op::POP_EXCEPT => {
                            let prev = pop!();
                            rt.exc_info = if prev.is_none() { Value::NULL } else { prev };
                        }
                        Op::CHECK_EXC_MATCH => {
                            let ty = pop!();
                            let exc = top!();
                            let r = tri!(exception_matches(rt, exc, ty));
                            push!(Value::bool(r));
                        }
                        Op::BEFORE_WITH => {
                            let mgr = top!();
                            sync!();
                            let k_exit = rt.intern("__exit__");
                            let k_enter = rt.intern("__enter__");
                            let exit = match attr::getattr(rt, mgr, k_exit) {
                                Ok(v) => v,
                                Err(_) => {
                                    let t = rt.type_name(mgr);
                                    tri!(Err(rt.type_error(format!(
                                        "'{t}' object does not support the context manager protocol"
                                    ))))
                                }
                            };
                            top!() = exit;
                            let enter = match attr::getattr(rt, mgr, k_enter) {
                                Ok(v) => v,
                                Err(_) => {
                                    let t = rt.type_name(mgr);
                                    tri!(Err(rt.type_error(format!(
                                        "'{t}' object does not support the context manager protocol"
                                    ))))
                                }
                            };
                            slot!(sp) = enter;
                            rt.stack_top = sp + 1;
                            save_frame!();
                            let r = tri!(rt.call(enter, &[]));
                            push!(r);
                        }
                        Op::WITH_EXIT => {
                            let exit = pop!();
                            slot!(sp) = exit;
                            rt.stack_top = sp + 1;
                            save_frame!();
                            tri!(rt.call(exit, &[Value::NONE, Value::NONE, Value::NONE]));
                        }
                        Op::WITH_EXCEPT_START => {
                            let exc = top!();
                            let exit = peek!(3);
                            sync!();
                            save_frame!();
                            let ty = rt.type_of(exc);
                            let tb = attr::traceback_object(rt, exc);
                            let r = tri!(rt.call(exit, &[ty, exc, tb]));
                            push!(r);
                        }
                        Op::LOAD_BUILD_CLASS => {
                            let k = rt.intern("__build_class__");
                            let v = match tri!(dict::get(rt, rt.builtins, k)) {
                                Some(v) => v,
                                None => tri!(Err(
                                    rt.new_error(rt.t.name_error, "__build_class__ not found")
                                )),
                            };
                            push!(v);
                        }
                        Op::YIELD_VALUE => {
                            let v = pop!();
                            let f = rt.frames.pop().unwrap();
                            let g = payload_unchecked::<PyGenerator>(f.generator);
                            g.slots.clear();
                            g.slots.extend_from_slice(&rt.stack[base..sp]);
                            g.pc = pc;
                            g.state = GenState::Suspended;
                            return Some(Ok(v));
                        }
                        Op::GET_YIELD_FROM_ITER => {
                            let v = top!();
                            if kind_of(v) != Some(Kind::Generator) {
                                sync!();
                                let it = tri!(seq::iter(rt, v));
                                top!() = it;
                            }
                        }
                        Op::SEND => {
                            let v = pop!();
                            let it = top!();
                            sync!();
                            save_frame!();
                            match tri!(send_to(rt, it, v)) {
                                Some(y) => push!(y),
                                None => {
                                    top!() = rt.gen_return;
                                    pc += arg as usize;
                                }
                            }
                        }

                        // ---- Specialized forms (guards, then action; see `opcode.rs`) ----
                        Op::BINARY_OP_ADD_INT
                        | Op::BINARY_OP_SUBTRACT_INT
                        | Op::BINARY_OP_MULTIPLY_INT => {
                            let (a, b) = (peek!(2), top!());
                            if !(a.is_small_int() && b.is_small_int()) {
                                miss!(BINARY_OP);
                            }
                            let (x, y) = (a.as_small_int(), b.as_small_int());
                            // Small ints have 48 bits, so + and - cannot overflow an i64.
                            let r = match op {
                                Op::BINARY_OP_ADD_INT => Some(x + y),
                                Op::BINARY_OP_SUBTRACT_INT => Some(x - y),
                                _ => x.checked_mul(y),
                            };
                            sp -= 1;
                            top!() = match r.and_then(Value::try_int) {
                                Some(v) => v,
                                None => {
                                    // A big-int result.
                                    let bop = BinOp::from_u32(arg);
                                    tri!(ops::binary_op(rt, bop, false, a, b))
                                }
                            };
                        }
                        Op::BINARY_OP_ADD_FLOAT
                        | Op::BINARY_OP_SUBTRACT_FLOAT
                        | Op::BINARY_OP_MULTIPLY_FLOAT => {
                            let (a, b) = (peek!(2), top!());
                            if !(a.is_float() && b.is_float()) {
                                miss!(BINARY_OP);
                            }
                            let (x, y) = (a.as_float(), b.as_float());
                            let r = match op {
                                Op::BINARY_OP_ADD_FLOAT => x + y,
                                Op::BINARY_OP_SUBTRACT_FLOAT => x - y,
                                _ => x * y,
                            };
                            sp -= 1;
                            top!() = Value::float(r);
                        }
                        Op::BINARY_OP_INT | Op::BINARY_OP_FLOAT => {
                            let (a, b) = (peek!(2), top!());
                            let fits = if op == Op::BINARY_OP_INT {
                                a.is_small_int() && b.is_small_int()
                            } else {
                                a.is_float() && b.is_float()
                            };
                            if !fits {
                                miss!(BINARY_OP);
                            }
                            let r = match fast_binop(arg, a, b) {
                                Some(r) => r,
                                None => {
                                    let bop = BinOp::from_u32(arg);
                                    tri!(ops::binary_op(rt, bop, arg >= ops::INPLACE, a, b))
                                }
                            };
                            sp -= 1;
                            top!() = r;
                        }
                        Op::BINARY_OP_ADD_UNICODE => {
                            let (a, b) = (peek!(2), top!());
                            if !(kind_of(a) == Some(Kind::Str) && kind_of(b) == Some(Kind::Str)) {
                                miss!(BINARY_OP);
                            }
                            let r = seq::str_concat(rt, a, b);
                            sp -= 1;
                            top!() = r;
                        }
                        Op::BINARY_SUBSCR_LIST_INT | Op::BINARY_SUBSCR_TUPLE_INT => {
                            let (obj, key) = (peek!(2), top!());
                            let items: &[Value] = match (op, kind_of(obj)) {
                                (Op::BINARY_SUBSCR_LIST_INT, Some(Kind::List)) => {
                                    &payload_unchecked::<PyList>(obj).0
                                }
                                (Op::BINARY_SUBSCR_TUPLE_INT, Some(Kind::Tuple)) => {
                                    &payload_unchecked::<PyTuple>(obj).0
                                }
                                _ => miss!(BINARY_SUBSCR),
                            };
                            match index_items(items, key) {
                                Some(v) => {
                                    sp -= 1;
                                    top!() = v;
                                }
                                // Not a small int, or out of range (the generic form raises
                                // the IndexError).
                                None => miss!(BINARY_SUBSCR),
                            }
                        }
                        Op::BINARY_SUBSCR_DICT => {
                            let (obj, key) = (peek!(2), top!());
                            if kind_of(obj) != Some(Kind::Dict) {
                                miss!(BINARY_SUBSCR);
                            }
                            sync!();
                            match tri!(dict::get(rt, obj, key)) {
                                Some(v) => {
                                    sp -= 1;
                                    top!() = v;
                                }
                                // Missing key (an exact dict has no `__missing__`). Not a
                                // miss: a second lookup would run a key's `__hash__` and
                                // `__eq__` again.
                                None => tri!(Err(rt.key_error(key))),
                            }
                        }
                        Op::STORE_SUBSCR_LIST_INT => {
                            let (obj, key, v) = (peek!(2), top!(), peek!(3));
                            if !fast_store_subscr(obj, key, v) {
                                miss!(STORE_SUBSCR);
                            }
                            sp -= 3;
                        }
                        Op::STORE_SUBSCR_DICT => {
                            let (obj, key, v) = (peek!(2), top!(), peek!(3));
                            if kind_of(obj) != Some(Kind::Dict) {
                                miss!(STORE_SUBSCR);
                            }
                            sync!();
                            tri!(dict::set(rt, obj, key, v));
                            sp -= 3;
                        }
                        Op::COMPARE_OP_INT | Op::COMPARE_OP_FLOAT | Op::COMPARE_OP_STR => {
                            let (a, b) = (peek!(2), top!());
                            let r = match op {
                                Op::COMPARE_OP_INT if a.is_small_int() && b.is_small_int() => {
                                    cmp(arg, a.as_small_int(), b.as_small_int())
                                }
                                Op::COMPARE_OP_FLOAT if a.is_float() && b.is_float() => {
                                    cmp(arg, a.as_float(), b.as_float())
                                }
                                Op::COMPARE_OP_STR
                                    if kind_of(a) == Some(Kind::Str)
                                        && kind_of(b) == Some(Kind::Str) =>
                                {
                                    let o = payload_unchecked::<PyStr>(a)
                                        .s()
                                        .cmp(payload_unchecked::<PyStr>(b).s());
                                    // `Ordering` is -1/0/1: compare it with 0 as ints.
                                    cmp(arg, o as i64, 0)
                                }
                                _ => miss!(COMPARE_OP),
                            };
                            sp -= 1;
                            // Fused with a following conditional jump (CPython 3.11's
                            // COMPARE_OP_*_JUMP): the bool is never materialized.
                            let (next, jarg) = decode(code.word(pc));
                            match next {
                                Op::POP_JUMP_IF_FALSE | Op::POP_JUMP_IF_TRUE => {
                                    sp -= 1;
                                    pc += 1;
                                    if r == (next == Op::POP_JUMP_IF_TRUE) {
                                        pc += jarg as usize;
                                    }
                                }
                                _ => top!() = Value::bool(r),
                            }
                        }
                        Op::LOAD_GLOBAL_MODULE | Op::LOAD_GLOBAL_BUILTIN => {
                            let c = cache!();
                            if globals != c.obj {
                                miss!(LOAD_GLOBAL);
                            }
                            let g = &payload_unchecked::<PyDict>(globals).0;
                            if g.layout_version() as u32 != c.version {
                                miss!(LOAD_GLOBAL);
                            }
                            let d = if op == Op::LOAD_GLOBAL_MODULE {
                                g
                            } else {
                                let b = &payload_unchecked::<PyDict>(rt.builtins).0;
                                if g.entries_len() as u32 != c.aux
                                    || b.layout_version() as u32 != c.aux2
                                {
                                    miss!(LOAD_GLOBAL);
                                }
                                b
                            };
                            let Some((_, &v)) = d.entry_at(c.index as usize) else {
                                miss!(LOAD_GLOBAL);
                            };
                            push!(v);
                            if arg & 1 == 1 {
                                push!(Value::NULL);
                            }
                        }
                        Op::LOAD_ATTR_INSTANCE_VALUE
                        | Op::LOAD_ATTR_SLOT
                        | Op::LOAD_ATTR_METHOD_WITH_VALUES
                        | Op::LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES => {
                            let obj = top!();
                            let c = cache!();
                            let Some(inst) = payload::<PyInstance>(obj) else {
                                miss!(LOAD_ATTR);
                            };
                            if inst.shape != c.shape
                                || payload_unchecked::<PyType>(inst.cls).version != c.version
                            {
                                miss!(LOAD_ATTR);
                            }
                            if op == Op::LOAD_ATTR_METHOD_WITH_VALUES {
                                top!() = c.obj;
                                push!(obj);
                            } else {
                                top!() = if op == Op::LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES {
                                    c.obj
                                } else {
                                    // SAFETY: the shape has slot `index`, and an instance has
                                    // one value per slot of its shape.
                                    *unsafe { inst.values.get_unchecked(c.index as usize) }
                                };
                                if arg & 1 == 1 {
                                    push!(Value::NULL);
                                }
                            }
                        }
                        Op::LOAD_ATTR_METHOD_NO_DICT => {
                            let obj = top!();
                            let c = cache!();
                            if kind_of(obj).map(|k| k as u32) != Some(c.index) {
                                miss!(LOAD_ATTR);
                            }
                            top!() = c.obj;
                            push!(obj);
                        }
                        Op::LOAD_ATTR_CLASS => {
                            let obj = top!();
                            let c = cache!();
                            match payload::<PyType>(obj) {
                                Some(t) if t.version == c.version => {}
                                _ => miss!(LOAD_ATTR),
                            }
                            top!() = c.obj;
                            if arg & 1 == 1 {
                                push!(Value::NULL);
                            }
                        }
                        Op::LOAD_ATTR_PROPERTY => {
                            let obj = top!();
                            let c = cache!();
                            match payload::<PyInstance>(obj) {
                                Some(inst)
                                    if payload_unchecked::<PyType>(inst.cls).version
                                        == c.version => {}
                                _ => miss!(LOAD_ATTR),
                            }
                            // Call the getter as a Python call: [fget, obj] -> result.
                            let fget = c.obj;
                            let at = sp - 1;
                            top!() = fget;
                            push!(obj);
                            enter!(fget, at + 1, 1, at);
                        }
                        Op::LOAD_ATTR_MODULE => {
                            let obj = top!();
                            let c = cache!();
                            if obj != c.obj {
                                miss!(LOAD_ATTR);
                            }
                            let d = &payload_unchecked::<PyDict>(
                                payload_unchecked::<PyModule>(obj).dict,
                            )
                            .0;
                            if d.layout_version() as u32 != c.version {
                                miss!(LOAD_ATTR);
                            }
                            let Some((_, &v)) = d.entry_at(c.index as usize) else {
                                miss!(LOAD_ATTR);
                            };
                            top!() = v;
                            if arg & 1 == 1 {
                                push!(Value::NULL);
                            }
                        }
                        Op::STORE_ATTR_INSTANCE_VALUE | Op::STORE_ATTR_SLOT => {
                            let obj = top!();
                            let c = cache!();
                            let Some(inst) = payload::<PyInstance>(obj) else {
                                miss!(STORE_ATTR);
                            };
                            if inst.shape != c.shape
                                || payload_unchecked::<PyType>(inst.cls).version != c.version
                            {
                                miss!(STORE_ATTR);
                            }
                            let v = peek!(2);
                            if c.aux == u32::MAX {
                                inst.values[c.index as usize] = v;
                            } else {
                                // A new attribute: the shape's successor has it as the next slot.
                                inst.values.push(v);
                                inst.shape = c.aux;
                            }
                            sp -= 2;
                        }
                        Op::CALL_PY_EXACT_ARGS | Op::CALL_BOUND_METHOD_EXACT_ARGS => {
                            let argc = arg as usize;
                            let callable_at = sp - argc - 2;
                            let c = cache!();
                            let mut f = slot!(callable_at);
                            let mut self_or_null = slot!(callable_at + 1);
                            if op == Op::CALL_BOUND_METHOD_EXACT_ARGS {
                                let Some(m) = payload::<PyMethod>(f) else {
                                    miss!(CALL);
                                };
                                if !self_or_null.is_null() {
                                    miss!(CALL);
                                }
                                (f, self_or_null) = (m.func, m.slf);
                            }
                            let (at, nargs) = if self_or_null.is_null() {
                                (sp - argc, argc)
                            } else {
                                (sp - argc - 1, argc + 1)
                            };
                            match payload::<PyFunction>(f) {
                                Some(func)
                                    if func.code == c.obj
                                        && payload_unchecked::<CodeObject>(c.obj).argcount
                                            as usize
                                            == nargs => {}
                                _ => miss!(CALL),
                            }
                            slot!(callable_at) = f;
                            slot!(callable_at + 1) = self_or_null;
                            enter!(f, at, nargs, callable_at);
                        }
                        Op::CALL_BUILTIN_FAST
                        | Op::CALL_METHOD_DESCRIPTOR_FAST
                        | Op::CALL_BUILTIN_CLASS => {
                            let argc = arg as usize;
                            let callable_at = sp - argc - 2;
                            let callable = slot!(callable_at);
                            let self_or_null = slot!(callable_at + 1);
                            let r = if op == Op::CALL_BUILTIN_CLASS {
                                match payload::<PyType>(callable) {
                                    Some(t) if !t.heap && self_or_null.is_null() => {}
                                    _ => miss!(CALL),
                                }
                                sync!();
                                save_frame!();
                                with_stack_args(rt, sp - argc, argc, |rt, a| {
                                    call_native(rt, callable, a, &[])
                                })
                            } else {
                                let Some(b) = payload::<PyBuiltin>(callable) else {
                                    miss!(CALL);
                                };
                                let func = b.func;
                                let ok = b.bound.is_null()
                                    && if op == Op::CALL_BUILTIN_FAST {
                                        b.owner_type.is_null() && self_or_null.is_null()
                                    } else {
                                        !self_or_null.is_null()
                                            && rt.type_of(self_or_null) == b.owner_type
                                    };
                                if !ok {
                                    miss!(CALL);
                                }
                                let (at, nargs) = if self_or_null.is_null() {
                                    (sp - argc, argc)
                                } else {
                                    (sp - argc - 1, argc + 1)
                                };
                                sync!();
                                save_frame!();
                                with_stack_args(rt, at, nargs, |rt, a| func(rt, a, &[]))
                            };
                            let r = tri!(r);
                            sp = callable_at;
                            push!(r);
                        }
                        Op::CALL_LEN | Op::CALL_ISINSTANCE | Op::CALL_TYPE_1 => {
                            let argc = arg as usize;
                            let callable_at = sp - argc - 2;
                            let callable = slot!(callable_at);
                            let expected = if op == Op::CALL_TYPE_1 {
                                rt.t.type_
                            } else {
                                cache!().obj
                            };
                            if callable != expected || !slot!(callable_at + 1).is_null() {
                                miss!(CALL);
                            }
                            sync!();
                            let r = match op {
                                Op::CALL_LEN => {
                                    let v = top!();
                                    let n = tri!(seq::len(rt, v));
                                    rt.new_int(n as i64)
                                }
                                Op::CALL_TYPE_1 => {
                                    let v = top!();
                                    rt.type_of(v)
                                }
                                _ => {
                                    let f = payload_unchecked::<PyBuiltin>(callable).func;
                                    let (a, b) = (peek!(2), top!());
                                    save_frame!();
                                    tri!(f(rt, &[a, b], &[]))
                                }
                            };
                            sp = callable_at;
                            push!(r);
                        }
                        Op::CALL_LIST_APPEND => {
                            let callable_at = sp - 3;
                            let (l, v) = (peek!(2), top!());
                            if slot!(callable_at) != cache!().obj {
                                miss!(CALL);
                            }
                            let Some(list) = payload::<PyList>(l) else {
                                miss!(CALL);
                            };
                            list.0.push(v);
                            sp = callable_at;
                            push!(Value::NONE);
                        }
                        Op::FOR_ITER_RANGE => {
                            let it = top!();
                            let Some(PyIter::Range { cur, stop, step }) = payload::<PyIter>(it)
                            else {
                                miss!(FOR_ITER);
                            };
                            if let Some(c) = range_next(cur, *stop, *step) {
                                let v = rt.new_int128(c);
                                push!(v);
                            } else {
                                sp -= 1;
                                pc += arg as usize;
                            }
                        }
                        Op::FOR_ITER_LIST | Op::FOR_ITER_TUPLE => {
                            let it = top!();
                            let Some(state) = payload::<PyIter>(it) else {
                                miss!(FOR_ITER);
                            };
                            let PyIter::Seq { seq, .. } = *state else {
                                miss!(FOR_ITER);
                            };
                            let items: &[Value] = match (op, kind_of(seq)) {
                                (Op::FOR_ITER_LIST, Some(Kind::List)) => {
                                    &payload_unchecked::<PyList>(seq).0
                                }
                                (Op::FOR_ITER_TUPLE, Some(Kind::Tuple)) => {
                                    &payload_unchecked::<PyTuple>(seq).0
                                }
                                _ => miss!(FOR_ITER),
                            };
                            match seq_next(state, items) {
                                Some(v) => push!(v),
                                None => {
                                    sp -= 1;
                                    pc += arg as usize;
                                }
                            }
                        }
                        Op::FOR_ITER_GEN => {
                            let it = top!();
                            if kind_of(it) != Some(Kind::Generator) {
                                miss!(FOR_ITER);
                            }
                            sync!();
                            save_frame!();
                            match tri!(crate::generator::resume(rt, it, Value::NONE)) {
                                Some(v) => push!(v),
                                None => {
                                    sp -= 1;
                                    pc += arg as usize;
                                }
                            }
                        }
                        Op::UNPACK_SEQUENCE_TWO_TUPLE
                        | Op::UNPACK_SEQUENCE_TUPLE
                        | Op::UNPACK_SEQUENCE_LIST => {
                            let v = top!();
                            let items: &[Value] = match (op, kind_of(v)) {
                                (Op::UNPACK_SEQUENCE_LIST, Some(Kind::List)) => {
                                    &payload_unchecked::<PyList>(v).0
                                }
                                (
                                    Op::UNPACK_SEQUENCE_TWO_TUPLE | Op::UNPACK_SEQUENCE_TUPLE,
                                    Some(Kind::Tuple),
                                ) => &payload_unchecked::<PyTuple>(v).0,
                                _ => miss!(UNPACK_SEQUENCE),
                            };
                            if items.len() != arg as usize {
                                miss!(UNPACK_SEQUENCE);
                            }
                            sp -= 1;
                            for &x in items.iter().rev() {
                                push!(x);
                            }
                        }
                        Op::LOAD_ASSERTION_ERROR => push!(rt.t.assertion_error),
                        Op::IMPORT_NAME => {
                            let name = code.names[arg as usize];
                            sync!();
                            save_frame!();
                            let m = tri!(crate::import::import_module(rt, name));
                            push!(m);
                        }
                        Op::IMPORT_STAR => {
                            let m = pop!();
                            sync!();
                            tri!(crate::import::import_star(rt, m, locals));
                        }
                        Op::IMPORT_FROM => {
                            let m = top!();
                            let name = code.names[arg as usize];
                            let v = match attr::getattr(rt, m, name) {
                                Ok(v) => v,
                                Err(_) => {
                                    let (n, mn) = (
                                        rt.str_of(name).unwrap_or("?").to_string(),
                                        module_name(rt, m),
                                    );
                                    let loc = module_file(rt, m);
                                    let e = rt.new_error(
                                        rt.t.import_error,
                                        format!("cannot import name '{n}' from '{mn}' ({loc})"),
                                    );
                                    tri!(Err(crate::import::with_name(rt, e, &mn)))
                                }
                            };
                            push!(v);
                        }
                    }
                    continue 'insn;
                };
                // The generic forms of the adaptive families (reached directly, or from a
                // specialized form whose guards failed).
                match generic {
                    Op::BINARY_OP => {
                        adaptive!();
                        let b = pop!();
                        let a = top!();
                        if let Some(r) = fast_binop(arg, a, b) {
                            top!() = r;
                        } else {
                            sync!();
                            let r = tri!(ops::binary_op(
                                rt,
                                BinOp::from_u32(arg),
                                arg >= ops::INPLACE,
                                a,
                                b
                            ));
                            top!() = r;
                        }
                    }
                    Op::COMPARE_OP => {
                        adaptive!();
                        let b = pop!();
                        let a = top!();
                        let r = if a.is_small_int() && b.is_small_int() {
                            Value::bool(cmp(arg, a.as_small_int(), b.as_small_int()))
                        } else if a.is_float() && b.is_float() {
                            Value::bool(cmp(arg, a.as_float(), b.as_float()))
                        } else {
                            sync!();
                            tri!(ops::compare(rt, CmpOp::from_u32(arg), a, b))
                        };
                        top!() = r;
                    }
                    Op::FOR_ITER => {
                        adaptive!();
                        let it = top!();
                        sync!();
                        match tri!(for_iter_next(rt, it)) {
                            Some(v) => push!(v),
                            None => {
                                sp -= 1;
                                pc += arg as usize;
                            }
                        }
                    }
                    Op::LOAD_GLOBAL => {
                        adaptive!();
                        let name = code.names[(arg >> 1) as usize];
                        let h = pyjit_runtime::strings::str_hash(payload_unchecked::<PyStr>(name));
                        let v = match tri!(dict::get_hashed(rt, globals, name, h)) {
                            Some(v) => v,
                            None => match tri!(dict::get_hashed(rt, rt.builtins, name, h)) {
                                Some(v) => v,
                                None => tri!(Err(name_error(rt, name, globals))),
                            },
                        };
                        push!(v);
                        if arg & 1 == 1 {
                            push!(Value::NULL);
                        }
                    }
                    Op::LOAD_ATTR => {
                        adaptive!();
                        let obj = top!();
                        let name = code.names[(arg >> 1) as usize];
                        sync!();
                        if arg & 1 == 1 {
                            let (m, slf) = tri!(attr::load_method(rt, obj, name));
                            top!() = m;
                            push!(slf);
                        } else {
                            let v = tri!(attr::getattr(rt, obj, name));
                            top!() = v;
                        }
                    }
                    Op::STORE_ATTR => {
                        adaptive!();
                        sync!();
                        let obj = pop!();
                        let v = pop!();
                        tri!(attr::setattr(rt, obj, code.names[arg as usize], v));
                    }
                    Op::BINARY_SUBSCR => {
                        adaptive!();
                        let key = pop!();
                        let obj = top!();
                        let r = match fast_subscr(obj, key) {
                            Some(v) => v,
                            None => {
                                sync!();
                                tri!(seq::getitem(rt, obj, key))
                            }
                        };
                        top!() = r;
                    }
                    Op::STORE_SUBSCR => {
                        adaptive!();
                        let key = pop!();
                        let obj = pop!();
                        let v = pop!();
                        if !fast_store_subscr(obj, key, v) {
                            // The operands stay rooted while `__setitem__` or an iterable runs.
                            rt.stack_top = sp + 3;
                            tri!(seq::setitem(rt, obj, key, v));
                        }
                    }
                    Op::UNPACK_SEQUENCE => {
                        adaptive!();
                        let v = pop!();
                        sync!();
                        let items = tri!(unpack(rt, v, arg as usize));
                        for &x in items.iter().rev() {
                            push!(x);
                        }
                    }
                    Op::CALL | Op::CALL_KW => {
                        if op == Op::CALL {
                            adaptive!();
                        }
                        let kwnames = if op == Op::CALL_KW {
                            pop!()
                        } else {
                            Value::NULL
                        };
                        let argc = arg as usize;
                        let callable_at = sp - argc - 2;
                        let mut callable = slot!(callable_at);
                        let mut self_or_null = slot!(callable_at + 1);
                        if self_or_null.is_null() && kind_of(callable) == Some(Kind::Method) {
                            // A bound method: call its function with `self` in the NULL slot.
                            let m = payload_unchecked::<PyMethod>(callable);
                            callable = m.func;
                            self_or_null = m.slf;
                            slot!(callable_at) = callable;
                            slot!(callable_at + 1) = self_or_null;
                        }
                        let (at, nargs) = if self_or_null.is_null() {
                            (sp - argc, argc)
                        } else {
                            (sp - argc - 1, argc + 1)
                        };
                        let kw: &[Value] = if kwnames.is_null() {
                            &[]
                        } else {
                            &payload_unchecked::<PyTuple>(kwnames).0
                        };
                        sync!();
                        if kind_of(callable) == Some(Kind::Function) {
                            if code_flags(callable) & CO_GENERATOR != 0 {
                                let g = tri!(make_generator(rt, callable, at, nargs, kw));
                                sp = callable_at;
                                push!(g);
                                continue 'insn;
                            }
                            save_frame!();
                            tri!(push_frame(rt, callable, at, nargs, kw, callable_at, false));
                            load_frame!();
                            if rt.heap.pending {
                                rt.stack_top = sp;
                                tri!(rt.safepoint());
                            }
                            continue 'insn;
                        }
                        save_frame!();
                        // The arguments are copied out of the stack (a call may grow it); small
                        // calls use a buffer on the Rust stack instead of allocating.
                        let r = with_stack_args(rt, at, nargs, |rt, a| {
                            call_native(rt, callable, a, kw)
                        });
                        let r = tri!(r);
                        sp = callable_at;
                        push!(r);
                    }
                    _ => unreachable!("{generic:?} is not an adaptive family"),
                }
            }
        }
        // Unwind: find a handler in this frame (exception table), else leave the frame and
        // try its caller, up to the entry frame. The exception gets a traceback line for
        // each frame it passes through, except where it is re-raised.
        let e = error
            .take()
            .expect("instruction loop left without an error");
        rt.frames.last_mut().unwrap().pc = pc;
        if !reraise {
            add_traceback(rt, e, code, pc);
            chain_context(rt, e);
        }
        reraise = false;
        loop {
            if let Some(h) = code.handler_for(pc.saturating_sub(1)) {
                sp = base + code.nlocalsplus() + h.depth as usize;
                push!(e.0);
                pc = h.target as usize;
                continue 'outer;
            }
            let f = rt.frames.pop().unwrap();
            if !f.generator.is_null() {
                payload_unchecked::<PyGenerator>(f.generator).state = GenState::Finished;
            }
            if f.is_entry || rt.frames.is_empty() {
                return Some(Err(e));
            }
            load_frame!();
            let _ = sp; // replaced by the handler depth if one is found
            add_traceback(rt, e, code, pc);
        }
    }
}
