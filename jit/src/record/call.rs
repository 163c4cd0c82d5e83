//! Recording calls: small Python functions are inlined (their frames live in the trace's
//! slots above the caller's, and snapshots taken inside them list the frames an exit must
//! push); a few builtins the trace computes itself (`len`, `abs`, `min`, `max`, `int`,
//! `float`, `math.*`, `list.append`, `random.random`, `random.choice`); anything else
//! aborts.
//!
//! A call's guards (the callee's identity, the arguments' types) come before its effects,
//! with the snapshot at the call, so an exit re-executes the whole call in the interpreter.

use super::Recorder;
use crate::abort::{Abort, JitResult, Reason};
use crate::ir::{Ins, IrRef, Op, Ty};
use pyjit_runtime::code::{CO_GENERATOR, CO_VARARGS, CO_VARKEYWORDS, CodeObject};
use pyjit_runtime::gc::{kind_of, payload, payload_unchecked};
use pyjit_runtime::jit_helpers::{self, Known};
use pyjit_runtime::object::{Kind, PyBuiltin, PyFunction, PyList, PyTuple};
use pyjit_runtime::{Runtime, Value};

/// Inlined frames a trace may hold at once.
const MAX_INLINE: usize = 6;

impl Recorder {
    /// Guards that the value in stack entry `n` (1 = top) is the object it is now.
    pub(super) fn guard_same(&mut self, rt: &Runtime, n: usize) -> JitResult<()> {
        let v = self.cval(rt, n);
        let r = self.peek(n);
        if self.ty(r) != Ty::Box {
            return Err(Abort::new(Reason::NyiTypes, "call of an unboxed value"));
        }
        let k = self.konst(Op::KBOX, Ty::Box, v.0)?;
        let same = self.emit(Op::EQ, r, k)?;
        self.guard_is(same, true)
    }

    /// Any instruction of the `CALL` family (generic or specialized: the callee is known
    /// from the values either way).
    pub(super) fn call(&mut self, rt: &Runtime, arg: u32) -> JitResult<()> {
        let argc = arg as usize;
        let callable = self.cval(rt, argc + 2);
        let self_or_null = self.cval(rt, argc + 1);
        if let Some(f) = payload::<PyFunction>(callable) {
            return self.inline_call(rt, argc, callable, f, self_or_null);
        }
        if let Some(b) = payload::<PyBuiltin>(callable) {
            if self_or_null.is_null()
                && let Some(k) = jit_helpers::known_builtin(b)
            {
                return self.builtin(rt, argc, k);
            }
            if !self_or_null.is_null()
                && kind_of(self_or_null) == Some(Kind::List)
                && b.name == "append"
                && b.owner_type == rt.t.list
                && argc == 1
            {
                return self.list_append(rt);
            }
            if !self_or_null.is_null()
                && kind_of(self_or_null) == Some(Kind::List)
                && b.name == "pop"
                && b.owner_type == rt.t.list
                && argc <= 1
            {
                return self.list_pop(rt, argc);
            }
            if !self_or_null.is_null()
                && kind_of(self_or_null) == Some(Kind::Dict)
                && b.name == "get"
                && b.owner_type == rt.t.dict
                && (1..=2).contains(&argc)
            {
                return self.dict_get(rt, argc);
            }
            return Err(Abort::new(
                Reason::Nyi,
                format!("call of builtin {}", b.name),
            ));
        }
        if self_or_null.is_null() && callable == rt.t.range {
            return self.range_call(rt, argc);
        }
        if self_or_null.is_null()
            && argc == 1
            && [rt.t.str, rt.t.list, rt.t.tuple].contains(&callable)
        {
            return self.seq_type_call(rt, callable);
        }
        if self_or_null.is_null() && argc == 1 && (callable == rt.t.int || callable == rt.t.float) {
            return self.number_ctor(rt, callable == rt.t.int);
        }
        Err(Abort::new(
            Reason::Nyi,
            format!("call of {}", rt.type_name(callable)),
        ))
    }

    /// Pops a call's operands and pushes its result.
    pub(super) fn call_result(&mut self, argc: usize, r: IrRef) {
        for _ in 0..argc + 2 {
            self.pop();
        }
        self.push(r);
    }

    /// Inlines a call of Python function `f` (the value `func`): its frame is laid out as
    /// `push_frame` lays it out, on the slots where the caller pushed the arguments.
    fn inline_call(
        &mut self,
        rt: &Runtime,
        argc: usize,
        func: Value,
        f: &PyFunction,
        self_or_null: Value,
    ) -> JitResult<()> {
        let nargs = argc + !self_or_null.is_null() as usize;
        self.inlinable_here(rt, f, nargs)?;
        self.guard_same(rt, argc + 2)?;
        if self_or_null.is_null() {
            // Not a bound call: the slot must still hold NULL.
            self.guard_same(rt, argc + 1)?;
        }
        let ret = self.stack_slot(argc + 2);
        let base = self.stack_slot(nargs);
        self.enter_inlined(func, f, base, ret, nargs)
    }

    /// Checks that Python function `f` called with `nargs` positional arguments can be
    /// inlined here.
    pub(super) fn inlinable_here(
        &self,
        rt: &Runtime,
        f: &PyFunction,
        nargs: usize,
    ) -> JitResult<()> {
        Self::inlinable(f, nargs)?;
        let code = payload_unchecked::<CodeObject>(f.code);
        if self.callers.len() >= MAX_INLINE {
            return Err(Abort::new(Reason::Frame, "calls nested too deep"));
        }
        if std::ptr::eq(code, self.cur) || self.callers.iter().any(|c| std::ptr::eq(code, c.cur)) {
            return Err(Abort::new(Reason::Frame, "recursive call"));
        }
        if rt.frames.len() + 1 >= rt.recursion_limit {
            return Err(Abort::new(Reason::Frame, "recursion limit"));
        }
        Ok(())
    }

    /// `f`'s code binds `nargs` positional arguments, the missing ones from its defaults
    /// (guarded unchanged where used: `f.__defaults__` may be rebound), without `*args`,
    /// `**kwargs` or keyword-only parameters, and is not a generator.
    fn inlinable(f: &PyFunction, nargs: usize) -> JitResult<()> {
        let code = payload_unchecked::<CodeObject>(f.code);
        let argc = code.argcount as usize;
        if code.flags & (CO_VARARGS | CO_VARKEYWORDS | CO_GENERATOR) != 0
            || code.kwonlyargcount != 0
            || nargs > argc
            || nargs + Self::defaults(f).len() < argc
        {
            return Err(Abort::new(
                Reason::Nyi,
                "call binding defaults, *args, **kwargs or a generator",
            ));
        }
        Ok(())
    }

    /// `f`'s positional defaults (the last parameters').
    fn defaults(f: &PyFunction) -> &'static [Value] {
        if f.defaults.is_null() {
            &[]
        } else {
            &payload_unchecked::<PyTuple>(f.defaults).0
        }
    }

    /// Enters the inlined frame of `f` (the value `func`): its locals start at trace slot
    /// `base` (the `nargs` arguments already there), its result goes to slot `ret`.
    pub(super) fn enter_inlined(
        &mut self,
        func: Value,
        f: &PyFunction,
        base: usize,
        ret: usize,
        nargs: usize,
    ) -> JitResult<()> {
        let code = payload_unchecked::<CodeObject>(f.code);
        let nlocals = code.nlocalsplus();
        if nargs < code.argcount as usize {
            // The defaults become constants of the trace: the function (its identity is
            // guarded) must still have them.
            let kf = self.konst(Op::KBOX, Ty::Box, func.0)?;
            let got = self.emit(Op::FUNC_DEFAULTS, kf, IrRef::NONE)?;
            let want = self.konst(Op::KBOX, Ty::Box, f.defaults.0)?;
            let same = self.emit(Op::EQ, got, want)?;
            self.guard_is(same, true)?;
        }
        let caller = super::Caller {
            cur: self.cur,
            cur_val: self.cur_val,
            off: self.off,
            nlocals: self.nlocals,
            func: self.func,
            ret: self.ret,
            depth: self.depth,
            call_pc: self.pc,
        };
        self.callers.push(caller);
        self.cur = code;
        self.cur_val = f.code;
        self.off = base;
        self.nlocals = nlocals;
        self.func = func;
        self.ret = ret;
        self.depth = 0;
        self.expect = 0;
        // The instruction before the callee's first is not this one (see `step`).
        self.pc = usize::MAX;
        let need = base + nlocals + code.stacksize as usize;
        if self.slots.len() < need {
            self.slots.resize(need, None);
        }
        self.trace.nslots = self.trace.nslots.max(need as u32);
        self.trace.max_inline = self.trace.max_inline.max(self.callers.len() as u32);
        // Locals past the arguments start unbound; free variables hold the closure's cells
        // (the function's identity is guarded, so its closure is a constant).
        let null = self.konst(Op::KBOX, Ty::Box, Value::NULL.0)?;
        for i in nargs..nlocals {
            self.slots[base + i] = Some(null);
        }
        // Parameters not passed take their defaults, as `push_frame` binds them.
        let (argc, defs) = (code.argcount as usize, Self::defaults(f));
        for i in nargs..argc {
            let d = defs[i + defs.len() - argc];
            self.slots[base + i] = Some(self.konst(Op::KBOX, Ty::Box, d.0)?);
        }
        if !f.closure.is_null() {
            let cells = &payload_unchecked::<PyTuple>(f.closure).0;
            let start = nlocals - cells.len();
            for (i, c) in cells.iter().enumerate() {
                let k = self.konst(Op::KBOX, Ty::Box, c.0)?;
                self.slots[base + start + i] = Some(k);
            }
        }
        Ok(())
    }

    /// `RETURN_VALUE` / `RETURN_CONST` of an inlined frame: back to the caller, with the
    /// result where the callable was.
    pub(super) fn inline_return(&mut self, r: IrRef) -> JitResult<()> {
        let Some(c) = self.callers.pop() else {
            // The loop ends by returning: like reaching its end, this iteration says
            // nothing about the others.
            return Err(Abort::new(
                Reason::LoopExit,
                "return from the loop's function",
            ));
        };
        let top = self.off + self.nlocals + self.depth;
        let ret = self.ret;
        self.cur = c.cur;
        self.cur_val = c.cur_val;
        self.off = c.off;
        self.nlocals = c.nlocals;
        self.func = c.func;
        self.ret = c.ret;
        self.depth = ret - c.off - c.nlocals;
        // The callee's slots are dead: nothing may read them as entry values.
        for s in &mut self.slots[ret..top] {
            *s = None;
        }
        self.push(r);
        self.expect = c.call_pc + 1;
        self.pc = usize::MAX;
        Ok(())
    }

    fn builtin(&mut self, rt: &Runtime, argc: usize, k: Known) -> JitResult<()> {
        if matches!(k, Known::Enumerate | Known::Zip) {
            return self.enumerate_zip_call(rt, argc, k == Known::Zip);
        }
        if k == Known::IsInstance {
            if argc != 2 {
                return Err(Abort::new(
                    Reason::NyiTypes,
                    "isinstance of these arguments",
                ));
            }
            self.guard_same(rt, 4)?;
            self.guard_same(rt, 3)?;
            let (x, spec) = (self.peek(2), self.peek(1));
            let (x, spec) = (self.boxed(x)?, self.boxed(spec)?);
            let r = self.guard(Op::ISINSTANCE, x, spec)?;
            self.call_result(2, r);
            return Ok(());
        }
        if k == Known::Random || k == Known::Choice {
            return self.random_call(rt, argc, k);
        }
        let num = |v: Value| v.is_small_int() || v.is_float();
        let args: Vec<Value> = (0..argc).map(|i| self.cval(rt, argc - i)).collect();
        let bad = || Abort::new(Reason::NyiTypes, format!("{k:?} of these arguments"));
        match k {
            Known::Len
            | Known::Abs
            | Known::Ord
            | Known::Chr
            | Known::Math(_)
            | Known::Floor
            | Known::Ceil
                if argc != 1 =>
            {
                return Err(bad());
            }
            Known::Min | Known::Max
                if argc < 2
                    || !(args.iter().all(|v| v.is_small_int())
                        || args.iter().all(|v| v.is_float())) =>
            {
                return Err(bad());
            }
            Known::Abs | Known::Math(_) | Known::Floor | Known::Ceil if !num(args[0]) => {
                return Err(bad());
            }
            _ => {}
        }
        self.guard_same(rt, argc + 2)?;
        self.guard_same(rt, argc + 1)?;
        let v = args[0];
        let a = self.peek(argc);
        let out = match k {
            Known::Len => self.len_of(rt, a, v)?,
            Known::Chr => {
                if !v.is_small_int() || !(0..0x110000).contains(&v.as_small_int()) {
                    return Err(bad());
                }
                let i = self.int(rt, a, v)?;
                self.guard(Op::STR_CHR, i, IrRef::NONE)?
            }
            Known::Ord => {
                if kind_of(v) != Some(Kind::Str) || jit_helpers::str_ord(v.0) < 0 {
                    return Err(bad());
                }
                self.guard_kind(rt, a, v, Kind::Str)?;
                self.guard(Op::STR_ORD, a, IrRef::NONE)?
            }
            Known::Abs if v.is_small_int() => {
                if !Value::fits_small(v.as_small_int().abs()) {
                    return Err(Abort::new(Reason::GuardFails, "abs of this int"));
                }
                let i = self.int(rt, a, v)?;
                self.guard(Op::IABS, i, IrRef::NONE)?
            }
            Known::Abs => {
                let x = self.float(rt, a, v)?;
                self.emit(Op::FABS, x, IrRef::NONE)?
            }
            Known::Min | Known::Max => {
                let ints = v.is_small_int();
                let op = match (k, ints) {
                    (Known::Min, true) => Op::IMIN,
                    (Known::Min, false) => Op::FMIN,
                    (_, true) => Op::IMAX,
                    _ => Op::FMAX,
                };
                let mut acc = if ints {
                    self.int(rt, a, v)?
                } else {
                    self.float(rt, a, v)?
                };
                for (i, &w) in args.iter().enumerate().skip(1) {
                    let r = self.peek(argc - i);
                    let x = if ints {
                        self.int(rt, r, w)?
                    } else {
                        self.float(rt, r, w)?
                    };
                    acc = self.emit(op, acc, x)?;
                }
                acc
            }
            Known::Math(i) => {
                let x = if v.is_float() {
                    v.as_float()
                } else {
                    v.as_small_int() as f64
                };
                let y = (pyjit_runtime::modules::math::JIT_UNARY[i].1)(x);
                if (y.is_nan() && !x.is_nan()) || (y.is_infinite() && x.is_finite()) {
                    return Err(Abort::new(Reason::GuardFails, "math error"));
                }
                let f = self.float(rt, a, v)?;
                let mut ins = Ins::new(Op::FMATH, f, IrRef::NONE, i as u64);
                ins.snap = self.snap_for_guard();
                self.em.emit(&mut self.trace, ins)?
            }
            Known::Enumerate | Known::Zip | Known::IsInstance | Known::Random | Known::Choice => {
                unreachable!("handled above")
            }
            Known::Floor | Known::Ceil if v.is_small_int() => self.int(rt, a, v)?,
            Known::Floor | Known::Ceil => {
                let x = v.as_float();
                let y = if k == Known::Floor {
                    x.floor()
                } else {
                    x.ceil()
                };
                if !small_float(y) {
                    return Err(Abort::new(
                        Reason::GuardFails,
                        "floor/ceil beyond small ints",
                    ));
                }
                let f = self.float(rt, a, v)?;
                let op = if k == Known::Floor {
                    Op::FFLOOR
                } else {
                    Op::FCEIL
                };
                let r = self.emit(op, f, IrRef::NONE)?;
                self.guard(Op::FTOI, r, IrRef::NONE)?
            }
        };
        self.call_result(argc, out);
        Ok(())
    }

    /// `random.random()`, or `random.choice(s)` of a nonempty list or tuple: the trace draws
    /// from the runtime's generator in the same order as the interpreter would.
    fn random_call(&mut self, rt: &Runtime, argc: usize, k: Known) -> JitResult<()> {
        let bad = || Abort::new(Reason::NyiTypes, format!("{k:?} of these arguments"));
        if k == Known::Random {
            if argc != 0 {
                return Err(bad());
            }
            self.guard_same(rt, 2)?;
            self.guard_same(rt, 1)?;
            let r = self.emit(Op::RANDOM, IrRef::NONE, IrRef::NONE)?;
            self.call_result(0, r);
            return Ok(());
        }
        let v = self.cval(rt, 1);
        let (items_op, load) = match kind_of(v) {
            Some(Kind::List) if argc == 1 && !payload_unchecked::<PyList>(v).0.is_empty() => {
                (Op::LIST_ITEMS, Op::LOAD_AT)
            }
            Some(Kind::Tuple) if argc == 1 && !payload_unchecked::<PyTuple>(v).0.is_empty() => {
                (Op::TUPLE_ITEMS, Op::LOAD_AT_IMM)
            }
            _ => return Err(bad()),
        };
        self.guard_same(rt, 3)?;
        self.guard_same(rt, 2)?;
        let a = self.peek(1);
        let n = self.len_of(rt, a, v)?;
        // An empty sequence raises: the exit lets the interpreter do it.
        let zero = self.kint(0)?;
        let nonempty = self.emit(Op::GT, n, zero)?;
        self.guard_is(nonempty, true)?;
        let i = self.emit(Op::RAND_BELOW, n, IrRef::NONE)?;
        let items = self.emit(items_op, a, IrRef::NONE)?;
        let addr = self.emit(Op::ITEM_ADDR, items, i)?;
        let r = self.emit(load, addr, IrRef::NONE)?;
        self.call_result(1, r);
        Ok(())
    }

    /// `len(v)` of a container (`a` its IR value).
    pub(super) fn len_of(&mut self, rt: &Runtime, a: IrRef, v: Value) -> JitResult<IrRef> {
        let Some(kind) = kind_of(v) else {
            return Err(Abort::new(Reason::NyiTypes, "len of an immediate"));
        };
        let op = match kind {
            Kind::List => Op::LIST_LEN,
            Kind::Tuple => Op::TUPLE_LEN,
            Kind::Str | Kind::Bytes => Op::STR_LEN,
            Kind::Dict | Kind::Set => Op::OBJ_LEN,
            _ => {
                return Err(Abort::new(
                    Reason::NyiTypes,
                    format!("len of {}", rt.type_name(v)),
                ));
            }
        };
        self.guard_kind(rt, a, v, kind)?;
        self.emit(op, a, IrRef::NONE)
    }

    /// `int(x)` or `float(x)` of a small int or a float.
    fn number_ctor(&mut self, rt: &Runtime, to_int: bool) -> JitResult<()> {
        let v = self.cval(rt, 1);
        if !(v.is_small_int() || v.is_float()) {
            return Err(Abort::new(
                Reason::NyiTypes,
                format!("conversion of {}", rt.type_name(v)),
            ));
        }
        if to_int && v.is_float() && !small_float(v.as_float().trunc()) {
            return Err(Abort::new(Reason::GuardFails, "int() beyond small ints"));
        }
        self.guard_same(rt, 3)?;
        self.guard_same(rt, 2)?;
        let a = self.peek(1);
        let out = match (to_int, v.is_small_int()) {
            (true, true) => self.int(rt, a, v)?,
            (true, false) => {
                let f = self.float(rt, a, v)?;
                self.guard(Op::FTOI, f, IrRef::NONE)?
            }
            (false, _) => self.float(rt, a, v)?,
        };
        self.call_result(1, out);
        Ok(())
    }

    /// `str(x)` of a small int or a str, `list(x)` or `tuple(x)` of a list, tuple, str or
    /// range: the type's own call, through a helper (no Python code runs).
    fn seq_type_call(&mut self, rt: &Runtime, cls: Value) -> JitResult<()> {
        let v = self.cval(rt, 1);
        let kind = kind_of(v);
        let ok = if cls == rt.t.str {
            v.is_small_int() || kind == Some(Kind::Str)
        } else {
            matches!(
                kind,
                Some(Kind::List | Kind::Tuple | Kind::Str | Kind::Range)
            )
        };
        if !ok {
            return Err(Abort::new(
                Reason::NyiTypes,
                format!("conversion of {}", rt.type_name(v)),
            ));
        }
        self.guard_same(rt, 3)?;
        self.guard_same(rt, 2)?;
        let a = self.peek(1);
        let x = if v.is_small_int() {
            let i = self.int(rt, a, v)?;
            self.boxed(i)?
        } else {
            self.guard_kind(rt, a, v, kind.unwrap())?;
            a
        };
        let c = self.konst(Op::KBOX, Ty::Box, cls.0)?;
        let out = self.emit(Op::TYPE_CALL1, c, x)?;
        self.call_result(1, out);
        Ok(())
    }

    /// `lst.append(v)` (the method loaded by `LOAD_ATTR`, `self` a list).
    fn list_append(&mut self, rt: &Runtime) -> JitResult<()> {
        self.guard_same(rt, 3)?;
        let (lst, lv) = (self.peek(2), self.cval(rt, 2));
        self.guard_kind(rt, lst, lv, Kind::List)?;
        let r = self.peek(1);
        let v = self.boxed(r)?;
        self.em
            .emit(&mut self.trace, Ins::new(Op::LIST_APPEND, lst, v, 0))?;
        let none = self.konst(Op::KBOX, Ty::Box, Value::NONE.0)?;
        self.call_result(1, none);
        Ok(())
    }

    /// `d.get(key)` or `d.get(key, default)` (the method loaded by `LOAD_ATTR`, `self` a
    /// dict), the key a str or a small int.
    fn dict_get(&mut self, rt: &Runtime, argc: usize) -> JitResult<()> {
        let kv = self.cval(rt, argc);
        let key_kind = if kv.is_small_int() {
            None
        } else if kind_of(kv) == Some(Kind::Str) {
            Some(Kind::Str)
        } else {
            return Err(Abort::new(
                Reason::NyiTypes,
                format!("dict.get of a {} key", rt.type_name(kv)),
            ));
        };
        self.guard_same(rt, argc + 2)?;
        let (d, dv) = (self.peek(argc + 1), self.cval(rt, argc + 1));
        self.guard_kind(rt, d, dv, Kind::Dict)?;
        let k = self.peek(argc);
        let k = match key_kind {
            Some(kind) => {
                self.guard_kind(rt, k, kv, kind)?;
                k
            }
            None => {
                let i = self.int(rt, k, kv)?;
                self.boxed(i)?
            }
        };
        let default = if argc == 2 {
            let r = self.peek(1);
            self.boxed(r)?
        } else {
            self.konst(Op::KBOX, Ty::Box, Value::NONE.0)?
        };
        let v = self.guard(Op::DICT_GET, d, k)?;
        let out = self.emit(Op::SELECT_NULL, v, default)?;
        self.call_result(argc, out);
        Ok(())
    }

    /// `lst.pop()` or `lst.pop(i)` (the method loaded by `LOAD_ATTR`, `self` a list).
    fn list_pop(&mut self, rt: &Runtime, argc: usize) -> JitResult<()> {
        let (lst, lv) = (self.peek(argc + 1), self.cval(rt, argc + 1));
        let n = payload_unchecked::<PyList>(lv).0.len() as i64;
        let i = if argc == 1 {
            let v = self.cval(rt, 1);
            if !v.is_small_int() {
                return Err(Abort::new(Reason::NyiTypes, "pop index not an int"));
            }
            let k = v.as_small_int();
            if k >= n || k < -n {
                return Err(Abort::new(Reason::GuardFails, "pop index out of range"));
            }
            let r = self.peek(1);
            self.int(rt, r, v)?
        } else {
            if n == 0 {
                return Err(Abort::new(Reason::GuardFails, "pop from an empty list"));
            }
            self.kint(-1)?
        };
        self.guard_same(rt, argc + 2)?;
        self.guard_kind(rt, lst, lv, Kind::List)?;
        let mut ins = Ins::new(Op::LIST_POP, lst, i, 0);
        ins.snap = self.snap_for_guard();
        let r = self.em.emit(&mut self.trace, ins)?;
        self.call_result(argc, r);
        Ok(())
    }

    /// `LIST_APPEND i` (a comprehension): append the top to the list `i` entries below.
    pub(super) fn comprehension_append(&mut self, rt: &Runtime, arg: u32) -> JitResult<()> {
        let n = arg as usize + 1;
        let (lst, lv) = (self.peek(n), self.cval(rt, n));
        if payload::<PyList>(lv).is_none() {
            return Err(Abort::new(Reason::NyiTypes, "LIST_APPEND to a non-list"));
        }
        self.guard_kind(rt, lst, lv, Kind::List)?;
        let r = self.pop();
        let v = self.boxed(r)?;
        self.em
            .emit(&mut self.trace, Ins::new(Op::LIST_APPEND, lst, v, 0))?;
        Ok(())
    }
}

/// `x` (integral) is a small int's value; false for NaN and infinities.
fn small_float(x: f64) -> bool {
    x.abs() < (1u64 << 47) as f64
}
