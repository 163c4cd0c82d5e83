//! Recording iteration: `FOR_ITER` over ranges, lists and tuples (a step, or the end of an
//! inner loop), `GET_ITER` and `range(...)` (allocated by helpers), and inner loops that
//! have traces of their own, which the trace calls (`CALL_TRACE`).

use super::Recorder;
use crate::TraceEntry;
use crate::abort::{Abort, JitResult, Reason};
use crate::ir::{Ins, IrRef, Op, TraceCall, Ty};
use pyjit_interp::opcode::{Op as B, decode};
use pyjit_runtime::gc::{kind_of, payload, payload_unchecked};
use pyjit_runtime::jit_helpers;
use pyjit_runtime::object::{Kind, PyIter, PyList, PyStr, PyTuple, ViewMode};
use pyjit_runtime::{Runtime, Value};

impl Recorder {
    /// Whether the `FOR_ITER` being recorded is the loop's own header (where the loop
    /// ending means the recording failed) rather than an inner loop's.
    fn at_own_header(&self) -> bool {
        self.pc == self.header && self.callers.is_empty()
    }

    /// A loop ended: pop the iterator and continue after the loop. An iterator this trace
    /// made for the loop is garbage now, and becomes the spare for the next one.
    fn loop_done(&mut self, arg: u32) -> JitResult<()> {
        let s = self.stack_slot(1);
        if let Some(i) = self.fresh_iters.iter().position(|&f| f == s) {
            self.fresh_iters.swap_remove(i);
            let it = self.peek(1);
            self.em.emit(
                &mut self.trace,
                Ins::new(Op::ITER_RELEASE, it, IrRef::NONE, 0),
            )?;
        }
        self.pop();
        self.expect = self.pc + 1 + arg as usize;
        Ok(())
    }

    pub(super) fn for_iter(&mut self, rt: &Runtime, arg: u32) -> JitResult<()> {
        let v = self.cval(rt, 1);
        match payload::<PyIter>(v) {
            Some(PyIter::Seq { seq, idx }) => return self.for_iter_seq(rt, *seq, *idx, arg),
            Some(PyIter::Enumerate { .. } | PyIter::Zip { .. }) => {
                return self.for_iter_fused(rt, v, arg);
            }
            Some(PyIter::Dict { .. }) => return self.for_iter_dict(v),
            _ => {}
        }
        let Some(PyIter::Range { cur, stop, step }) = payload::<PyIter>(v) else {
            return Err(Abort::new(
                Reason::NyiTypes,
                format!("for over {}", rt.type_name(v)),
            ));
        };
        let (c, st, sp) = (*cur, *stop, *step);
        if jit_helpers::range_iter_ok(v.0) == 0 {
            return Err(Abort::new(Reason::NyiTypes, "range beyond small ints"));
        }
        let going = if sp > 0 { c < st } else { c > st };
        if !going && self.at_own_header() {
            return Err(Abort::new(Reason::LoopExit, ""));
        }
        let it = self.peek(1);
        let (rc, rp) = self.range_more(it, sp > 0, going)?;
        if !going {
            self.loop_done(arg)?;
            return Ok(());
        }
        let next = self.emit(Op::IADD, rc, rp)?;
        self.em
            .emit(&mut self.trace, Ins::new(Op::RANGE_SET, it, next, 0))?;
        self.push(rc);
        Ok(())
    }

    /// The guarded walk of range iterator `it` (stepping up or down, its state small ints):
    /// whether it has an item (guarded to be `going`), and its position and step.
    fn range_more(&mut self, it: IrRef, up: bool, going: bool) -> JitResult<(IrRef, IrRef)> {
        self.guard(Op::RANGE_OK, it, IrRef::NONE)?;
        let rc = self.emit(Op::RANGE_CUR, it, IrRef::NONE)?;
        let rs = self.emit(Op::RANGE_STOP, it, IrRef::NONE)?;
        let rp = self.emit(Op::RANGE_STEP, it, IrRef::NONE)?;
        let zero = self.kint(0)?;
        let (sign, more) = if up {
            (self.emit(Op::GT, rp, zero)?, self.emit(Op::LT, rc, rs)?)
        } else {
            (self.emit(Op::LT, rp, zero)?, self.emit(Op::GT, rc, rs)?)
        };
        self.guard_is(sign, true)?;
        self.guard_is(more, going)?;
        Ok((rc, rp))
    }

    /// The kind and length of `seq`, which a sequence iterator walks.
    fn seq_kind_len(rt: &Runtime, seq: Value) -> JitResult<(Kind, usize)> {
        Ok(match kind_of(seq) {
            Some(Kind::List) => (Kind::List, payload_unchecked::<PyList>(seq).0.len()),
            Some(Kind::Tuple) => (Kind::Tuple, payload_unchecked::<PyTuple>(seq).0.len()),
            Some(Kind::Str) => (Kind::Str, payload_unchecked::<PyStr>(seq).chars),
            _ => {
                return Err(Abort::new(
                    Reason::NyiTypes,
                    format!("for over {}", rt.type_name(seq)),
                ));
            }
        })
    }

    /// The guarded walk of sequence iterator `it` over a sequence of kind `k`: whether it
    /// has an item (guarded to be `going`), and the sequence and index.
    fn seq_more(&mut self, it: IrRef, k: Kind, going: bool) -> JitResult<(IrRef, IrRef)> {
        let mut ok = Ins::new(Op::SEQ_ITER_OK, it, IrRef::NONE, k as u64);
        ok.snap = self.snap_for_guard();
        self.em.emit(&mut self.trace, ok)?;
        let s = self.emit(Op::ITER_SEQ, it, IrRef::NONE)?;
        let i = self.emit(Op::ITER_IDX, it, IrRef::NONE)?;
        let len_op = match k {
            Kind::List => Op::LIST_LEN,
            Kind::Tuple => Op::TUPLE_LEN,
            _ => Op::STR_LEN,
        };
        let len = self.emit(len_op, s, IrRef::NONE)?;
        let more = self.emit(Op::LT, i, len)?;
        self.guard_is(more, going)?;
        Ok((s, i))
    }

    /// Item `i` of sequence `s` of kind `k`, and the store that moves iterator `it` past it
    /// (not emitted).
    fn seq_item(&mut self, it: IrRef, k: Kind, s: IrRef, i: IrRef) -> JitResult<(IrRef, Ins)> {
        let v = match k {
            Kind::List | Kind::Tuple => {
                let (items_op, load) = if k == Kind::List {
                    (Op::LIST_ITEMS, Op::LOAD_AT)
                } else {
                    (Op::TUPLE_ITEMS, Op::LOAD_AT_IMM)
                };
                let items = self.emit(items_op, s, IrRef::NONE)?;
                let addr = self.emit(Op::ITEM_ADDR, items, i)?;
                self.emit(load, addr, IrRef::NONE)?
            }
            _ => self.emit(Op::STR_CHAR, s, i)?,
        };
        let one = self.kint(1)?;
        let next = self.emit(Op::IADD, i, one)?;
        Ok((v, Ins::new(Op::ITER_SET_IDX, it, next, 0)))
    }

    /// One step of a list or tuple iterator (on top of the stack) over `seq`, at `idx`.
    fn for_iter_seq(&mut self, rt: &Runtime, seq: Value, idx: usize, arg: u32) -> JitResult<()> {
        let (k, n) = Self::seq_kind_len(rt, seq)?;
        let going = idx < n;
        if !going && self.at_own_header() {
            return Err(Abort::new(Reason::LoopExit, ""));
        }
        let it = self.peek(1);
        let (s, i) = self.seq_more(it, k, going)?;
        if !going {
            self.em.emit(
                &mut self.trace,
                Ins::new(Op::ITER_EXHAUST, it, IrRef::NONE, 0),
            )?;
            self.loop_done(arg)?;
            return Ok(());
        }
        let (v, store) = self.seq_item(it, k, s, i)?;
        self.em.emit(&mut self.trace, store)?;
        self.push(v);
        Ok(())
    }

    /// A step of iterator `it` (now `itv`), a list, tuple or str iterator or a range
    /// iterator, inside an `enumerate` or `zip` step: guards that it has an item and
    /// returns the item and the store that moves the iterator on, or `None` if it is
    /// exhausted (nothing emitted for it then).
    fn inner_step(
        &mut self,
        rt: &Runtime,
        it: IrRef,
        itv: Value,
        outer: &str,
    ) -> JitResult<Option<(IrRef, Ins)>> {
        match payload::<PyIter>(itv) {
            Some(PyIter::Seq { seq, idx }) => {
                let (seq, idx) = (*seq, *idx);
                let (k, n) = Self::seq_kind_len(rt, seq)?;
                if idx >= n {
                    return Ok(None);
                }
                let (s, i) = self.seq_more(it, k, true)?;
                Ok(Some(self.seq_item(it, k, s, i)?))
            }
            Some(PyIter::Range { cur, stop, step }) => {
                let (c, st, sp) = (*cur, *stop, *step);
                if jit_helpers::range_iter_ok(itv.0) == 0 {
                    return Err(Abort::new(Reason::NyiTypes, "range beyond small ints"));
                }
                if (sp > 0 && c >= st) || (sp < 0 && c <= st) {
                    return Ok(None);
                }
                let (rc, rp) = self.range_more(it, sp > 0, true)?;
                let next = self.emit(Op::IADD, rc, rp)?;
                Ok(Some((rc, Ins::new(Op::RANGE_SET, it, next, 0))))
            }
            _ => Err(Abort::new(
                Reason::NyiTypes,
                format!("for over {outer} of {}", rt.type_name(itv)),
            )),
        }
    }

    /// `FOR_ITER` over a dict, or its keys, values or items (the items unpacked by the next
    /// instruction, as `for k, v in d.items()`), the iterator on top of the stack (now
    /// `v`): the helper finds the next entry without moving the iterator, and the iterator
    /// moves past it only after every guard. The end of the loop, a dict resized meanwhile
    /// and the other errors leave through the first guard, and the interpreter decides.
    fn for_iter_dict(&mut self, v: Value) -> JitResult<()> {
        let Some(PyIter::Dict { mode, .. }) = payload::<PyIter>(v) else {
            unreachable!("for_iter_dict of a dict iterator")
        };
        let mode = *mode;
        if jit_helpers::dict_iter_peek(v.0, mode as u64) < 0 {
            return Err(if self.at_own_header() {
                Abort::new(Reason::LoopExit, "")
            } else {
                Abort::new(
                    Reason::NyiTypes,
                    "the end of a loop over a dict inside the trace",
                )
            });
        }
        let unpack = mode == ViewMode::Items;
        if unpack {
            let (next, narg) = decode(self.cur.word(self.pc + 1));
            if next.family() != B::UNPACK_SEQUENCE || narg != 2 {
                return Err(Abort::new(
                    Reason::NyiTypes,
                    "for over dict items without unpacking them",
                ));
            }
        }
        let it = self.peek(1);
        let mut next = Ins::new(Op::DICT_ITER_NEXT, it, IrRef::NONE, mode as u64);
        next.snap = self.snap_for_guard();
        let i = self.em.emit(&mut self.trace, next)?;
        let key = (mode != ViewMode::Values)
            .then(|| self.emit(Op::DICT_ITER_KEY, it, i))
            .transpose()?;
        let value = (mode != ViewMode::Keys)
            .then(|| self.emit(Op::DICT_ITER_VALUE, it, i))
            .transpose()?;
        self.em
            .emit(&mut self.trace, Ins::new(Op::DICT_ITER_SET, it, i, 0))?;
        match (key, value) {
            (Some(k), Some(x)) => {
                let hole = self.konst(Op::KBOX, Ty::Box, Value::NULL.0)?;
                self.push(hole);
                self.unpacked = Some(vec![k, x]);
            }
            (Some(r), None) | (None, Some(r)) => self.push(r),
            (None, None) => unreachable!("a dict iterator yields a key, a value or both"),
        }
        Ok(())
    }

    /// Guards that iterator `it` (now `itv`, exhausted), which `inner_step` accepts, has
    /// no item, and marks a sequence iterator exhausted as the interpreter's `next` does.
    fn inner_end(&mut self, rt: &Runtime, it: IrRef, itv: Value) -> JitResult<()> {
        match payload::<PyIter>(itv) {
            Some(PyIter::Seq { seq, .. }) => {
                let (k, _) = Self::seq_kind_len(rt, *seq)?;
                self.seq_more(it, k, false)?;
                self.em.emit(
                    &mut self.trace,
                    Ins::new(Op::ITER_EXHAUST, it, IrRef::NONE, 0),
                )?;
            }
            Some(PyIter::Range { step, .. }) => {
                let up = *step > 0;
                self.range_more(it, up, false)?;
            }
            _ => unreachable!("inner_end of an iterator inner_step took"),
        }
        Ok(())
    }

    /// `FOR_ITER` over `enumerate(...)` or `zip(...)` (on top of the stack, now `v`) whose
    /// tuple the next instruction unpacks (`for i, x in enumerate(xs)`): the tuple is never
    /// built. Every guard comes before the first store (the inner iterators' positions and
    /// the count), so each resumes at the `FOR_ITER` with nothing moved, and the
    /// interpreter redoes the whole step, the end of the loop included.
    fn for_iter_fused(&mut self, rt: &Runtime, v: Value, arg: u32) -> JitResult<()> {
        let (outer, n) = match payload::<PyIter>(v) {
            Some(PyIter::Zip { its, .. }) => ("zip", its.len()),
            _ => ("enumerate", 2),
        };
        let (next, narg) = decode(self.cur.word(self.pc + 1));
        if next.family() != B::UNPACK_SEQUENCE || narg as usize != n || n == 0 {
            return Err(Abort::new(
                Reason::NyiTypes,
                format!("for over {outer} without unpacking its tuple"),
            ));
        }
        let z = self.peek(1);
        let mut vals = Vec::with_capacity(n);
        let mut stores = Vec::with_capacity(n);
        // The iterator that ended the loop: (its index among the inner ones, IR, value).
        let mut exhausted = None;
        match payload::<PyIter>(v) {
            Some(PyIter::Enumerate { it, count }) => {
                let (itv, cv) = (*it, *count);
                if jit_helpers::enum_iter_ok(v.0) == 0 {
                    return Err(Abort::new(Reason::NyiTypes, "enumerate beyond small ints"));
                }
                self.guard(Op::ENUM_OK, z, IrRef::NONE)?;
                let inner = self.emit(Op::ENUM_IT, z, IrRef::NONE)?;
                match self.inner_step(rt, inner, itv, outer)? {
                    None => exhausted = Some((0, inner, itv)),
                    Some((x, store)) => {
                        let c = self.emit(Op::ENUM_COUNT, z, IrRef::NONE)?;
                        let one = self.kint(1)?;
                        if !Value::fits_small(cv.as_small_int() + 1) {
                            return Err(Abort::new(
                                Reason::NyiTypes,
                                "enumerate beyond small ints",
                            ));
                        }
                        let nc = self.guard(Op::ADDOV, c, one)?;
                        vals.extend([c, x]);
                        stores.extend([store, Ins::new(Op::ENUM_SET_COUNT, z, nc, 0)]);
                    }
                }
            }
            Some(PyIter::Zip { its, .. }) => {
                let its = its.clone();
                if (1..n).any(|j| its[..j].contains(&its[j])) {
                    // `zip(it, it)` takes consecutive items of one iterator: its steps
                    // would read the same position (their stores come after).
                    return Err(Abort::new(Reason::NyiTypes, "zip of one iterator twice"));
                }
                let mut ok = Ins::new(Op::ZIP_OK, z, IrRef::NONE, n as u64);
                ok.snap = self.snap_for_guard();
                self.em.emit(&mut self.trace, ok)?;
                let mut inners = Vec::with_capacity(n);
                for j in 0..n {
                    inners.push(self.em.emit(
                        &mut self.trace,
                        Ins::new(Op::ZIP_IT, z, IrRef::NONE, j as u64),
                    )?);
                }
                for j in 1..n {
                    for i in 0..j {
                        let differ = self.emit(Op::NE, inners[i], inners[j])?;
                        self.guard_is(differ, true)?;
                    }
                }
                for (j, (&itv, &inner)) in its.iter().zip(&inners).enumerate() {
                    match self.inner_step(rt, inner, itv, outer)? {
                        None => {
                            exhausted = Some((j, inner, itv));
                            break;
                        }
                        Some((x, store)) => {
                            vals.push(x);
                            stores.push(store);
                        }
                    }
                }
            }
            _ => unreachable!("for_iter_fused of an enumerate or zip iterator"),
        }
        if let Some((j, inner, itv)) = exhausted {
            if self.at_own_header() {
                return Err(Abort::new(Reason::LoopExit, ""));
            }
            if j > 0 {
                // The first iterators' items were taken and dropped: not modelled.
                return Err(Abort::new(
                    Reason::NyiTypes,
                    "zip ending at an iterator other than the first",
                ));
            }
            // An inner loop ends: its first iterator is exhausted (nothing else moves).
            self.inner_end(rt, inner, itv)?;
            self.loop_done(arg)?;
            return Ok(());
        }
        for st in stores {
            self.em.emit(&mut self.trace, st)?;
        }
        let hole = self.konst(Op::KBOX, Ty::Box, Value::NULL.0)?;
        self.push(hole);
        self.unpacked = Some(vals);
        Ok(())
    }

    /// `GET_ITER` of a list, tuple, str or range, or of an iterator (itself).
    pub(super) fn get_iter(&mut self, rt: &Runtime) -> JitResult<()> {
        let v = self.cval(rt, 1);
        if kind_of(v) == Some(Kind::Iter) {
            let obj = self.peek(1);
            return self.guard_kind(rt, obj, v, Kind::Iter);
        }
        let kind = match kind_of(v) {
            Some(k @ (Kind::List | Kind::Tuple | Kind::Str | Kind::Range)) => k,
            _ => {
                return Err(Abort::new(
                    Reason::NyiTypes,
                    format!("iter of {}", rt.type_name(v)),
                ));
            }
        };
        let obj = self.peek(1);
        // `for x in seq:`: the iterator lives in its stack slot only, until the loop ends.
        let (next, _) = decode(self.cur.word(self.pc + 1));
        let for_loop = next.family() == B::FOR_ITER;
        let it = if for_loop && self.unseen_range(obj) {
            // `for i in range(...)`: the range object was just made and nothing else holds
            // it; make the iterator directly instead.
            self.trace.ins[obj.idx()].op = Op::NEW_RANGE_ITER;
            obj
        } else {
            self.guard_kind(rt, obj, v, kind)?;
            self.em.emit(
                &mut self.trace,
                Ins::new(Op::GET_ITER, obj, IrRef::NONE, kind as u64),
            )?
        };
        self.pop();
        self.push(it);
        if for_loop {
            self.fresh_iters.push(self.stack_slot(1));
        }
        Ok(())
    }

    /// Whether `r`, on top of the stack, is a `range(...)` made in this trace that only that
    /// stack entry holds: no other slot, no snapshot.
    fn unseen_range(&self, r: IrRef) -> bool {
        self.trace.get(r).op == Op::NEW_RANGE
            && self.slots.iter().filter(|s| **s == Some(r)).count() == 1
            && !self
                .trace
                .snaps
                .iter()
                .any(|sn| sn.slots.iter().any(|&(_, x)| x == r))
    }

    /// `enumerate(seq)`, `enumerate(seq, start)` (`start` a small int) or `zip(a, b)` of
    /// lists, tuples, strs or ranges.
    pub(super) fn enumerate_zip_call(
        &mut self,
        rt: &Runtime,
        argc: usize,
        zip: bool,
    ) -> JitResult<()> {
        let args: Vec<Value> = (0..argc).map(|i| self.cval(rt, argc - i)).collect();
        let iterable = |v: &Value| {
            matches!(
                kind_of(*v),
                Some(Kind::List | Kind::Tuple | Kind::Str | Kind::Range)
            )
        };
        let ok = if zip {
            argc == 2 && args.iter().all(iterable)
        } else {
            (argc == 1 || argc == 2 && args[1].is_small_int()) && iterable(&args[0])
        };
        if !ok {
            let what = if zip { "zip" } else { "enumerate" };
            return Err(Abort::new(
                Reason::NyiTypes,
                format!("{what} of these arguments"),
            ));
        }
        self.guard_same(rt, argc + 2)?;
        self.guard_same(rt, argc + 1)?;
        let a = self.peek(argc);
        self.guard_kind(rt, a, args[0], kind_of(args[0]).unwrap())?;
        let r = if zip {
            let b = self.peek(1);
            self.guard_kind(rt, b, args[1], kind_of(args[1]).unwrap())?;
            self.em
                .emit(&mut self.trace, Ins::new(Op::NEW_ZIP, a, b, 0))?
        } else {
            let start = if argc == 2 {
                let r = self.peek(1);
                let i = self.int(rt, r, args[1])?;
                self.emit(Op::BOX_INT, i, IrRef::NONE)?
            } else {
                self.konst(Op::KBOX, Ty::Box, Value::small_int(0).0)?
            };
            self.em
                .emit(&mut self.trace, Ins::new(Op::NEW_ENUMERATE, a, start, 0))?
        };
        self.call_result(argc, r);
        Ok(())
    }

    /// `range(stop)`, `range(start, stop)` or `range(start, stop, step)` of small ints, the
    /// step a nonzero constant.
    pub(super) fn range_call(&mut self, rt: &Runtime, argc: usize) -> JitResult<()> {
        let args: Vec<Value> = (0..argc).map(|i| self.cval(rt, argc - i)).collect();
        if !(1..=3).contains(&argc) || !args.iter().all(|v| v.is_small_int()) {
            return Err(Abort::new(Reason::NyiTypes, "range of these arguments"));
        }
        let mut refs = Vec::with_capacity(argc);
        for (i, &v) in args.iter().enumerate() {
            let r = self.peek(argc - i);
            refs.push(self.int(rt, r, v)?);
        }
        let step = if argc == 3 {
            let k = self.trace.get(refs[2]);
            if k.op != Op::KINT || k.imm == 0 {
                return Err(Abort::new(Reason::NyiTypes, "range step not a constant"));
            }
            k.imm as i64
        } else {
            1
        };
        self.guard_same(rt, argc + 2)?;
        self.guard_same(rt, argc + 1)?;
        let (start, stop) = if argc == 1 {
            (self.kint(0)?, refs[0])
        } else {
            (refs[0], refs[1])
        };
        let r = self.em.emit(
            &mut self.trace,
            Ins::new(Op::NEW_RANGE, start, stop, step as u64),
        )?;
        self.call_result(argc, r);
        Ok(())
    }

    /// The `JUMP_BACKWARD` of an inner loop whose trace is `id`: the interpreter is about
    /// to run that trace; the recording calls it too, and continues from whatever state it
    /// leaves (reloading every slot).
    pub(super) fn call_inner(
        &mut self,
        traces: &[TraceEntry],
        id: u32,
        header: usize,
    ) -> JitResult<()> {
        let Some(inner) = traces
            .get(id as usize)
            .filter(|t| t.live && t.header == header)
        else {
            return Err(Abort::new(Reason::InnerLoop, "inner loop's trace retired"));
        };
        if id >= 0x7FFF || inner.trace.snaps.len() > 0xFFFF {
            return Err(Abort::new(Reason::InnerLoop, "too many traces"));
        }
        if !self.callers.is_empty() && inner.trace.calls.iter().any(|c| c.base != 0) {
            // Exits through two levels of frames the interpreter does not have yet: the
            // exit path (`backend::VIA`) records one level per call in a callee.
            return Err(Abort::new(
                Reason::InnerLoop,
                "inner loop in a callee whose trace calls into another callee",
            ));
        }
        let sn = self.snapshot(header);
        let snap = self.trace.add_snapshot(sn, 0);
        let k = self.trace.calls.len() as u64;
        // Which of its exits the trace continues after is known once the inner trace has
        // run (see `landed`).
        let base = self.off as u32;
        self.trace.calls.push(TraceCall {
            id,
            entry: &*inner.entry_cell as *const u64 as usize,
            done_exits: Vec::new(),
            base,
        });
        self.trace.nslots = self.trace.nslots.max(base + inner.trace.nslots);
        self.trace.max_inline = self
            .trace
            .max_inline
            .max(self.callers.len() as u32 + inner.trace.max_inline);
        let mut ins = Ins::new(Op::CALL_TRACE, IrRef::NONE, IrRef::NONE, k);
        ins.snap = snap;
        self.em.emit(&mut self.trace, ins)?;
        for s in &mut self.slots {
            *s = None;
        }
        self.reloaded = true;
        self.landing = Some(k as usize);
        Ok(())
    }

    /// The inner trace called last has left at `pc` with `depth` values on the stack: the
    /// trace continues from there after the inner trace's exits that resume at this very
    /// point (every slot written); any other exit leaves the outer trace too.
    pub(super) fn landed(
        &mut self,
        traces: &[TraceEntry],
        k: usize,
        pc: usize,
        depth: usize,
    ) -> JitResult<()> {
        let call = &mut self.trace.calls[k];
        call.done_exits = traces[call.id as usize]
            .trace
            .snaps
            .iter()
            .enumerate()
            .filter(|(_, sn)| {
                sn.pc as usize == pc && sn.frames.is_empty() && sn.depth as usize == depth
            })
            .map(|(i, _)| i as u32)
            .collect();
        if call.done_exits.is_empty() {
            return Err(Abort::new(
                Reason::Flow,
                format!("inner loop's trace left at pc {pc}, not through its own exit"),
            ));
        }
        self.depth = depth;
        self.expect = pc;
        Ok(())
    }
}
