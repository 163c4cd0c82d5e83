//! The trace recorder: while a hot loop runs one more iteration in the interpreter, each
//! instruction, just before it executes, becomes typed IR. The recorder looks at the
//! operands' actual values to pick the IR (two small ints: int arithmetic; a float: float
//! arithmetic) and emits guards that make the trace leave wherever a later iteration would
//! see something else. It predicts where the interpreter goes next (branch direction, loop
//! exit) from the same values, and aborts if the interpreter goes anywhere else.
//!
//! Rules:
//! - A guard's snapshot is the abstract frame at the start of the instruction being
//!   recorded: resuming there re-executes that instruction in the interpreter, generically,
//!   so the interpreter raises the error, makes the big int or takes the other branch.
//! - All guards of an instruction come before its effects (stores), so a resumed
//!   instruction never repeats an effect.
//! - An abstract slot is `None` until read (then an entry load `SLOAD`); a slot whose value
//!   is still its entry load is unmodified and left out of snapshots.

use crate::TraceEntry;
use crate::abort::{Abort, JitResult, Reason};
use crate::ir::{Ins, IrRef, Op, SnapFrame, Snapshot, Trace, Ty};
use crate::opt::Emitter;
use pyjit_interp::knobs::{self, Knob};
use pyjit_interp::opcode::{Op as B, decode};
use pyjit_runtime::code::CodeObject;
use pyjit_runtime::gc::{kind_of, payload, payload_unchecked};
use pyjit_runtime::object::{Kind, PyCell, PyList, PyStr, PyTuple};
use pyjit_runtime::ops::BinOp;
use pyjit_runtime::{Runtime, Value, jit_helpers};

mod attr;
mod call;
mod iter;

/// A str, bytes, list, tuple, dict or set: its truth is its length.
fn container(v: Value) -> bool {
    matches!(
        kind_of(v),
        Some(Kind::Str | Kind::Bytes | Kind::List | Kind::Tuple | Kind::Dict | Kind::Set)
    )
}

/// A big int (a heap int; not a bool).
fn big_int(v: Value) -> bool {
    kind_of(v) == Some(Kind::Int)
}

/// What recording one instruction led to.
pub enum Step {
    Continue,
    /// Control is back at the loop header: the trace is complete.
    Closed,
    /// Control reached the header of an inner loop that has a trace (this one): the
    /// recording called it, and the caller runs it now, so the recording continues from
    /// where it leaves.
    RunInner(u32),
}

pub struct Recorder {
    /// The loop's code object (the root frame's).
    pub code: &'static CodeObject,
    frame_depth: usize,
    /// The root frame's first slot in `Runtime::stack`.
    base: usize,
    /// The frame being recorded (the root frame, or an inlined call's): its code, first
    /// slot (relative to `base`), number of locals, function and return slot (inlined
    /// calls only).
    cur: &'static CodeObject,
    cur_val: Value,
    off: usize,
    nlocals: usize,
    func: Value,
    ret: usize,
    /// The frames the current one was called from, outermost (the root) first.
    callers: Vec<Caller>,
    pub header: usize,
    pub jump_pc: usize,
    pub header_depth: usize,
    pub trace: Trace,
    pub em: Emitter,
    slots: Vec<Option<IrRef>>,
    depth: usize,
    expect: usize,
    pc: usize,
    /// The current instruction's snapshot: computed at its start, added to the trace by its
    /// first guard.
    snap: Option<Snapshot>,
    snap_id: Option<u32>,
    /// The recorded bytecode, one line per instruction (for `--jit-dump=bc`).
    pub log: Vec<String>,
    /// The last instruction was a compare with this result, followed by a conditional jump
    /// the interpreter may have run fused with it.
    fused: Option<bool>,
    /// The code word of the instruction at `pc` when it was recorded.
    word: u32,
    /// An inner loop's trace ran: unrecorded slots hold what it left (`RELOAD`), not the
    /// entry values.
    reloaded: bool,
    /// An inner loop's trace was just called (`CALL_TRACE` number): where the interpreter
    /// lands next decides which of its exits the trace continues after.
    landing: Option<usize>,
    /// A side trace: the trace and exit it grows from. It starts where that exit resumes
    /// and ends at the loop header, linking back to the loop's trace.
    pub side_of: Option<(u32, u32)>,
    /// A `FOR_ITER` over `enumerate` or `zip` pushed a placeholder for its tuple: the
    /// `UNPACK_SEQUENCE` right after it pushes these items instead (see `for_iter_fused`).
    unpacked: Option<Vec<IrRef>>,
    /// Stack slots holding the iterator of a `for` loop that this trace created (a
    /// `GET_ITER` right before the loop's `FOR_ITER`), which nothing else can reach: when
    /// the loop ends inside the trace, the iterator is released for reuse. A slot leaves
    /// the list when anything else is pushed into it.
    fresh_iters: Vec<usize>,
}

/// A frame suspended at an inlined call: the current frame's fields as they were, its
/// value-stack depth with the call's operands still on it, and the call's pc.
struct Caller {
    cur: &'static CodeObject,
    cur_val: Value,
    off: usize,
    nlocals: usize,
    func: Value,
    ret: usize,
    depth: usize,
    call_pc: usize,
}

fn nyi_types(rt: &Runtime, what: &str, a: Value, b: Value) -> Abort {
    Abort::new(
        Reason::NyiTypes,
        format!("{what} on {} and {}", rt.type_name(a), rt.type_name(b)),
    )
}

impl Recorder {
    /// Starts recording the loop closed by the `JUMP_BACKWARD` at `jump_pc` of the top frame
    /// (which stands at the loop header).
    pub fn new(rt: &Runtime, jump_pc: usize) -> Recorder {
        let f = rt.frames.last().unwrap();
        let code = payload_unchecked::<CodeObject>(f.code);
        let nlocals = code.nlocalsplus();
        let depth = f.sp - f.base - nlocals;
        Recorder {
            code,
            frame_depth: rt.frames.len(),
            base: f.base,
            cur: code,
            cur_val: f.code,
            off: 0,
            nlocals,
            func: Value::NULL,
            ret: 0,
            callers: Vec::new(),
            header: f.pc,
            jump_pc,
            header_depth: depth,
            trace: Trace {
                nslots: (nlocals + code.stacksize as usize) as u32,
                ..Trace::new(nlocals as u32)
            },
            em: Emitter::default(),
            slots: vec![None; nlocals + code.stacksize as usize],
            depth,
            expect: f.pc,
            pc: f.pc,
            snap: None,
            snap_id: None,
            log: Vec::new(),
            fused: None,
            word: 0,
            reloaded: false,
            landing: None,
            side_of: None,
            unpacked: None,
            fresh_iters: Vec::new(),
        }
    }

    /// Starts recording a side trace from exit `exit` of trace `parent` (of the loop with
    /// this header, back-edge and stack depth at the header): the top frame stands where
    /// the exit resumes. `known`: slots whose truth value the exit implies
    /// (`Trace::known_at_exit`); the side trace takes them as constants, so it does not
    /// test again the condition its parent's guard just tested.
    pub fn new_side(
        rt: &Runtime,
        (header, jump_pc, header_depth): (usize, usize, usize),
        parent: u32,
        exit: u32,
        known: &[(u32, bool)],
    ) -> Recorder {
        let mut rec = Recorder {
            header,
            jump_pc,
            header_depth,
            side_of: Some((parent, exit)),
            ..Recorder::new(rt, jump_pc)
        };
        for &(slot, truth) in known {
            let s = slot as usize;
            if s < rec.slots.len()
                && let Ok(k) = rec.konst(Op::KINT, Ty::Bool, truth as u64)
            {
                rec.slots[s] = Some(k);
            }
        }
        rec
    }

    /// Records the instruction the top frame is about to run.
    pub fn step(&mut self, rt: &mut Runtime, traces: &[TraceEntry]) -> JitResult<Step> {
        let f = rt.frames.last().unwrap();
        if rt.frames.len() != self.frame_depth + self.callers.len()
            || f.code != self.cur_val
            || f.base != self.base + self.off
        {
            return Err(Abort::new(Reason::Frame, ""));
        }
        let pc = f.pc;
        if pc == self.pc && self.cur.word(pc) != self.word && !self.log.is_empty() {
            // The instruction just recorded specialized itself and is being dispatched
            // again in its new form: it was recorded already (from the operands, which are
            // the same).
            self.word = self.cur.word(pc);
            return Ok(Step::Continue);
        }
        let mut landed = false;
        if let Some(k) = self.landing.take() {
            let depth = f.sp - self.base - self.off - self.nlocals;
            self.landed(traces, k, pc, depth)?;
            landed = true;
        }
        if let Some(result) = self.fused.take()
            && pc != self.expect
        {
            // The jump after the compare ran fused with it: record it now, its guard
            // resuming at the jump with the compare's bool on the stack.
            let jpc = self.expect;
            let (jop, jarg) = decode(self.cur.word(jpc));
            self.log
                .push(format!("{jpc:>5}       (fused) {}", jop.name()));
            self.pc = jpc;
            self.snap = Some(self.snapshot(jpc));
            self.snap_id = None;
            let cond = self.peek(1);
            self.guard_is(cond, result)?;
            self.pop();
            self.expect = jpc + 1;
            if result == (jop == B::POP_JUMP_IF_TRUE) {
                self.expect += jarg as usize;
            }
        }
        if pc != self.expect {
            return Err(Abort::new(
                Reason::Flow,
                format!("expected pc {}, at {pc}", self.expect),
            ));
        }
        if f.sp - self.base - self.off - self.nlocals != self.depth {
            return Err(Abort::new(Reason::Flow, "value-stack depth differs"));
        }
        if self.trace.ins.len() > knobs::get(Knob::jit_max_ir) as usize {
            return Err(Abort::new(Reason::TooLong, ""));
        }
        if !landed
            && (pc != self.header || !self.callers.is_empty())
            && self.may_call_inner()
            && let Some(id) = self.inner_trace_at(traces, pc)
        {
            // An inner loop about to start whose trace exists: call it at once rather than
            // record its first iteration into this trace.
            self.log
                .push(format!("{pc:>5}       (runs inner loop's trace {id})"));
            self.pc = pc;
            self.word = self.cur.word(pc);
            self.call_inner(traces, id, pc)?;
            return Ok(Step::RunInner(id));
        }
        self.word = self.cur.word(pc);
        let (op, arg) = decode(self.word);
        self.log.push(format!(
            "{:indent$}{pc:>5} {:>5} {:<28} {arg}",
            "",
            self.cur.lines.get(pc).copied().unwrap_or(0),
            op.name(),
            indent = 2 * self.callers.len()
        ));
        self.pc = pc;
        self.snap = Some(self.snapshot(pc));
        self.snap_id = None;
        self.expect = pc + 1;
        self.insn(rt, traces, op, arg)
    }

    /// An inner loop's trace can be called here: in the loop's own frame, or in an inlined
    /// callee's when recording a root trace (a side trace's exits cannot carry the callee
    /// frames an inner trace's exit needs; see `backend::VIA`).
    fn may_call_inner(&self) -> bool {
        self.callers.is_empty() || self.side_of.is_none()
    }

    /// The root trace of a loop of the current code object whose header is `pc`, if the
    /// interpreter would run it there and the value stack has the depth it expects.
    fn inner_trace_at(&self, traces: &[TraceEntry], pc: usize) -> Option<u32> {
        traces
            .iter()
            .find(|t| {
                t.header == pc
                    && t.live
                    && t.side_of.is_none()
                    && t.header_depth == self.depth
                    && std::ptr::eq(t.code, self.cur)
                    // SAFETY: the trace's back-edge is an instruction of this code object.
                    && unsafe { self.cur.cache_at(t.jump_pc) }.aux2 == t.id + 1
            })
            .map(|t| t.id)
    }

    // ---- Abstract frame ----

    fn get(&mut self, s: usize) -> IrRef {
        match self.slots[s] {
            Some(r) => r,
            None => {
                let op = if self.reloaded { Op::RELOAD } else { Op::SLOAD };
                let r = self
                    .trace
                    .push(Ins::new(op, IrRef::NONE, IrRef::NONE, s as u64));
                self.slots[s] = Some(r);
                r
            }
        }
    }
    /// The trace slot of the current frame's stack entry `n` from the top (1 = top).
    fn stack_slot(&self, n: usize) -> usize {
        self.off + self.nlocals + self.depth - n
    }
    fn push(&mut self, r: IrRef) {
        let s = self.off + self.nlocals + self.depth;
        self.slots[s] = Some(r);
        self.depth += 1;
        if !self.fresh_iters.is_empty() {
            self.fresh_iters.retain(|&f| f != s);
        }
    }
    fn pop(&mut self) -> IrRef {
        self.depth -= 1;
        self.get(self.off + self.nlocals + self.depth)
    }
    fn peek(&mut self, n: usize) -> IrRef {
        self.get(self.stack_slot(n))
    }
    /// The actual value `n` from the top of the value stack (1 = top).
    fn cval(&self, rt: &Runtime, n: usize) -> Value {
        rt.stack[self.base + self.stack_slot(n)]
    }
    /// The actual value of the current frame's local `i`.
    fn local_val(&self, rt: &Runtime, i: usize) -> Value {
        rt.stack[self.base + self.off + i]
    }
    fn ty(&self, r: IrRef) -> Ty {
        self.trace.ty(r)
    }

    /// Slots that differ from the frames' contents, below the current stack top.
    fn modified(&self) -> Vec<(u32, IrRef)> {
        let top = self.off + self.nlocals + self.depth;
        let mut out = Vec::new();
        for s in 0..top {
            if let Some(r) = self.slots[s]
                && !self.unmodified(s, r)
            {
                out.push((s as u32, r));
            }
        }
        out
    }
    /// `r` in slot `s` is what the frame holds there.
    fn unmodified(&self, s: usize, r: IrRef) -> bool {
        let i = self.trace.get(r);
        matches!(i.op, Op::SLOAD | Op::RELOAD) && i.imm == s as u64
    }

    fn snapshot(&self, pc: usize) -> Snapshot {
        let slots = self.modified();
        let Some(root) = self.callers.first() else {
            return Snapshot {
                pc: pc as u32,
                depth: self.depth as u32,
                slots,
                frames: Vec::new(),
                fresh: self.reloaded,
            };
        };
        // Each inlined frame resumes after the call it made, the innermost at `pc`.
        let mut frames = Vec::with_capacity(self.callers.len());
        let inner = self.callers[1..]
            .iter()
            .map(|c| (c.func, c.off, c.nlocals, c.ret));
        let resume = self.callers[1..]
            .iter()
            .map(|c| (c.call_pc + 1, c.depth))
            .chain([(pc, self.depth)]);
        for ((func, off, nlocals, ret), (pc, depth)) in inner
            .chain([(self.func, self.off, self.nlocals, self.ret)])
            .zip(resume)
        {
            frames.push(SnapFrame {
                func: func.0,
                base: off as u32,
                nlocals: nlocals as u32,
                ret: ret as u32,
                pc: pc as u32,
                depth: depth as u32,
            });
        }
        Snapshot {
            pc: root.call_pc as u32 + 1,
            depth: root.depth as u32,
            slots,
            frames,
            fresh: self.reloaded,
        }
    }

    // ---- Emission ----

    fn emit(&mut self, op: Op, a: IrRef, b: IrRef) -> JitResult<IrRef> {
        self.em.emit(&mut self.trace, Ins::new(op, a, b, 0))
    }
    fn konst(&mut self, op: Op, ty: Ty, bits: u64) -> JitResult<IrRef> {
        let mut k = Ins::new(op, IrRef::NONE, IrRef::NONE, bits);
        k.ty = ty;
        self.em.emit(&mut self.trace, k)
    }
    fn kint(&mut self, x: i64) -> JitResult<IrRef> {
        self.konst(Op::KINT, Ty::Int, x as u64)
    }
    fn guard(&mut self, op: Op, a: IrRef, b: IrRef) -> JitResult<IrRef> {
        let id = self.snap_for_guard();
        let mut ins = Ins::new(op, a, b, 0);
        ins.snap = id;
        self.em.emit(&mut self.trace, ins)
    }
    /// The current instruction's snapshot, added to the trace on first use.
    fn snap_for_guard(&mut self) -> u32 {
        match self.snap_id {
            Some(id) => id,
            None => {
                let sn = self.snap.take().expect("one snapshot per instruction");
                let id = self.trace.add_snapshot(sn, 0);
                self.snap_id = Some(id);
                id
            }
        }
    }
    /// A guard that `cond` (a bool) is what it was while recording.
    fn guard_is(&mut self, cond: IrRef, was: bool) -> JitResult<()> {
        let op = if was { Op::GUARD_TRUE } else { Op::GUARD_FALSE };
        self.guard(op, cond, IrRef::NONE)?;
        Ok(())
    }

    /// `r` (actual value `v`, a small int) as an unboxed int.
    fn int(&mut self, rt: &Runtime, r: IrRef, v: Value) -> JitResult<IrRef> {
        match self.ty(r) {
            Ty::Int => Ok(r),
            Ty::Box if v.is_small_int() => self.guard(Op::UNBOX_INT, r, IrRef::NONE),
            _ => Err(Abort::new(
                Reason::NyiTypes,
                format!("{} as int", rt.type_name(v)),
            )),
        }
    }
    /// `r` (actual value `v`, a float or small int) as an unboxed float.
    fn float(&mut self, rt: &Runtime, r: IrRef, v: Value) -> JitResult<IrRef> {
        match self.ty(r) {
            Ty::Float => Ok(r),
            Ty::Int => self.emit(Op::ITOF, r, IrRef::NONE),
            Ty::Box if v.is_float() => self.guard(Op::UNBOX_FLOAT, r, IrRef::NONE),
            Ty::Box if v.is_small_int() => {
                let i = self.guard(Op::UNBOX_INT, r, IrRef::NONE)?;
                self.emit(Op::ITOF, i, IrRef::NONE)
            }
            _ => Err(Abort::new(
                Reason::NyiTypes,
                format!("{} as float", rt.type_name(v)),
            )),
        }
    }
    /// `r` as a `Value` word (boxing an unboxed value).
    fn boxed(&mut self, r: IrRef) -> JitResult<IrRef> {
        match self.ty(r) {
            Ty::Int => self.emit(Op::BOX_INT, r, IrRef::NONE),
            Ty::Float => self.emit(Op::BOX_FLOAT, r, IrRef::NONE),
            Ty::Bool => self.emit(Op::BOX_BOOL, r, IrRef::NONE),
            _ => Ok(r),
        }
    }

    // ---- Instructions ----

    fn insn(
        &mut self,
        rt: &mut Runtime,
        traces: &[TraceEntry],
        op: B,
        arg: u32,
    ) -> JitResult<Step> {
        let pc = self.pc;
        if self.unpacked.is_some() && op.family() != B::UNPACK_SEQUENCE {
            return Err(Abort::new(
                Reason::Flow,
                "an enumerate or zip step not unpacked at once",
            ));
        }
        match op {
            B::NOP | B::RESUME | B::COPY_FREE_VARS => {}
            B::PUSH_NULL => {
                let null = self.konst(Op::KBOX, Ty::Box, Value::NULL.0)?;
                self.push(null);
            }
            B::RETURN_VALUE => {
                let r = self.pop();
                self.inline_return(r)?;
            }
            B::RETURN_CONST => {
                self.push_const(arg)?;
                let r = self.pop();
                self.inline_return(r)?;
            }
            B::LIST_APPEND => self.comprehension_append(rt, arg)?,
            B::GET_ITER => self.get_iter(rt)?,
            B::BINARY_SLICE => self.binary_slice(rt)?,
            B::BUILD_LIST | B::BUILD_TUPLE => {
                // A new list, appended to item by item; a tuple is made of that list.
                let n = arg as usize;
                let items: Vec<IrRef> = (0..n).map(|i| self.peek(n - i)).collect();
                let mut boxed = Vec::with_capacity(n);
                for r in items {
                    boxed.push(self.boxed(r)?);
                }
                let l = self.emit(Op::NEW_LIST, IrRef::NONE, IrRef::NONE)?;
                for v in boxed {
                    self.em
                        .emit(&mut self.trace, Ins::new(Op::LIST_APPEND, l, v, 0))?;
                }
                let out = if op == B::BUILD_TUPLE {
                    self.emit(Op::LIST_TUPLE, l, IrRef::NONE)?
                } else {
                    l
                };
                for _ in 0..n {
                    self.pop();
                }
                self.push(out);
            }
            B::LOAD_FAST => {
                if self.local_val(rt, arg as usize).is_null() {
                    return Err(Abort::new(Reason::Unbound, ""));
                }
                let r = self.get(self.off + arg as usize);
                self.push(r);
            }
            B::STORE_FAST => {
                let r = self.pop();
                self.slots[self.off + arg as usize] = Some(r);
            }
            B::LOAD_CONST => self.push_const(arg)?,
            B::POP_TOP => {
                self.pop();
            }
            B::COPY => {
                let r = self.peek(arg as usize);
                self.push(r);
            }
            B::SWAP => {
                let n = arg as usize;
                let (top, other) = (self.stack_slot(1), self.stack_slot(n));
                let (a, b) = (self.get(top), self.get(other));
                self.slots[top] = Some(b);
                self.slots[other] = Some(a);
            }
            B::JUMP_FORWARD => self.expect = pc + 1 + arg as usize,
            B::LOAD_DEREF => {
                // The slot always holds the cell (the compiler's invariant).
                let cell = self.local_val(rt, arg as usize);
                if payload::<PyCell>(cell).is_none_or(|c| c.0.is_null()) {
                    return Err(Abort::new(Reason::Unbound, "free variable"));
                }
                let c = self.get(self.off + arg as usize);
                let v = self.emit(Op::CELL_GET, c, IrRef::NONE)?;
                let null = self.konst(Op::KBOX, Ty::Box, Value::NULL.0)?;
                let unbound = self.emit(Op::EQ, v, null)?;
                self.guard_is(unbound, false)?;
                self.push(v);
            }
            B::STORE_DEREF => {
                let r = self.pop();
                let v = self.boxed(r)?;
                let c = self.get(self.off + arg as usize);
                self.emit(Op::CELL_SET, c, v)?;
            }
            B::JUMP_BACKWARD => {
                let target = pc + 1 - arg as usize;
                if pc == self.jump_pc && target == self.header && self.callers.is_empty() {
                    return self.close();
                }
                if self.may_call_inner() {
                    // SAFETY: as in `cache` (attr.rs).
                    let t = unsafe { self.cur.cache_at(pc) }.aux2;
                    if t != 0 && t != pyjit_interp::jit_hooks::BLACKLISTED {
                        self.call_inner(traces, t - 1, target)?;
                        return Ok(Step::Continue);
                    }
                }
                return Err(Abort::new(
                    Reason::InnerLoop,
                    format!("loop at pc {target}"),
                ));
            }
            B::UNARY_NEGATIVE => {
                let v = self.cval(rt, 1);
                let r = self.pop();
                let out = if v.is_small_int() {
                    if !Value::fits_small(-v.as_small_int()) {
                        return Err(Abort::new(Reason::GuardFails, "int negation"));
                    }
                    let i = self.int(rt, r, v)?;
                    self.guard(Op::NEGOV, i, IrRef::NONE)?
                } else if v.is_float() {
                    let f = self.float(rt, r, v)?;
                    self.emit(Op::FNEG, f, IrRef::NONE)?
                } else {
                    return Err(Abort::new(
                        Reason::NyiTypes,
                        format!("-{}", rt.type_name(v)),
                    ));
                };
                self.push(out);
            }
            B::UNARY_NOT => {
                let v = self.cval(rt, 1);
                let r = self.pop();
                let t = self.truth(rt, r, v)?;
                let out = self.emit(Op::NOT, t, IrRef::NONE)?;
                self.push(out);
            }
            B::CONTAINS_OP => self.contains(rt, arg)?,
            B::LOAD_NAME | B::STORE_NAME => self.module_name(rt, op, arg)?,
            B::IS_OP => {
                let (a, b) = (self.pop(), self.pop());
                let (a, b) = (self.boxed(a)?, self.boxed(b)?);
                let op = if arg == 1 { Op::NE } else { Op::EQ };
                let out = self.emit(op, b, a)?;
                self.push(out);
            }
            B::JUMP_IF_FALSE_OR_POP | B::JUMP_IF_TRUE_OR_POP => {
                // `a and b`, `a or b` as values: the operand stays if the jump is taken.
                if self.guarded_truth(rt)? == (op == B::JUMP_IF_TRUE_OR_POP) {
                    self.expect = pc + 1 + arg as usize;
                } else {
                    self.pop();
                }
            }
            B::POP_JUMP_IF_FALSE | B::POP_JUMP_IF_TRUE => {
                let taken = self.guarded_truth(rt)?;
                self.pop();
                if taken == (op == B::POP_JUMP_IF_TRUE) {
                    self.expect = pc + 1 + arg as usize;
                }
            }
            B::POP_JUMP_IF_NONE | B::POP_JUMP_IF_NOT_NONE => {
                let v = self.cval(rt, 1);
                let r = self.peek(1);
                if self.ty(r) == Ty::Box {
                    let none = self.konst(Op::KBOX, Ty::Box, Value::NONE.0)?;
                    let c = self.emit(Op::EQ, r, none)?;
                    self.guard_is(c, v.is_none())?;
                }
                self.pop();
                if v.is_none() == (op == B::POP_JUMP_IF_NONE) {
                    self.expect = pc + 1 + arg as usize;
                }
            }
            _ => match op.family() {
                B::BINARY_OP => self.binary_op(rt, arg)?,
                B::COMPARE_OP => self.compare_op(rt, arg)?,
                B::FOR_ITER => self.for_iter(rt, arg)?,
                B::BINARY_SUBSCR => self.subscr(rt)?,
                B::LOAD_GLOBAL => {
                    let globals = rt.frames.last().unwrap().globals;
                    let r = self.global(rt, globals, self.cur.names[(arg >> 1) as usize])?;
                    self.push(r);
                    if arg & 1 == 1 {
                        let null = self.konst(Op::KBOX, Ty::Box, Value::NULL.0)?;
                        self.push(null);
                    }
                }
                B::STORE_SUBSCR => self.store_subscr(rt)?,
                B::CALL => self.call(rt, arg)?,
                B::UNPACK_SEQUENCE => self.unpack(rt, arg)?,
                B::LOAD_ATTR => self.load_attr(rt, op, arg)?,
                B::STORE_ATTR => self.store_attr(rt, op)?,
                _ => return Err(Abort::new(Reason::Nyi, op.name())),
            },
        }
        Ok(Step::Continue)
    }

    /// Pushes constant `i` of the current code (unboxed if a number or bool).
    fn push_const(&mut self, i: u32) -> JitResult<()> {
        let v = self.cur.consts[i as usize];
        let r = if v.is_small_int() {
            self.kint(v.as_small_int())?
        } else if v.is_float() {
            self.konst(Op::KFLOAT, Ty::Float, v.0)?
        } else if v.is_bool() {
            self.konst(Op::KINT, Ty::Bool, v.as_bool() as u64)?
        } else {
            self.konst(Op::KBOX, Ty::Box, v.0)?
        };
        self.push(r);
        Ok(())
    }

    /// Python truth of an actual value, of a type `truth` accepted.
    fn truth_value(v: Value) -> bool {
        if v.is_bool() {
            v.as_bool()
        } else if v.is_small_int() {
            v.as_small_int() != 0
        } else if v.is_float() {
            v.as_float() != 0.0
        } else if container(v) {
            jit_helpers::len_of(v) != 0
        } else {
            debug_assert!(v.is_none(), "truth of a type `truth` rejects");
            false
        }
    }

    /// A bool IR value that is `r`'s truth (guarding `r`'s type if boxed).
    fn truth(&mut self, rt: &Runtime, r: IrRef, v: Value) -> JitResult<IrRef> {
        match self.ty(r) {
            Ty::Bool => Ok(r),
            Ty::Int => {
                let z = self.kint(0)?;
                self.emit(Op::NE, r, z)
            }
            Ty::Float => {
                let z = self.konst(Op::KFLOAT, Ty::Float, 0f64.to_bits())?;
                self.emit(Op::FNE, r, z)
            }
            _ if v.is_small_int() || v.is_float() => {
                let u = if v.is_small_int() {
                    self.int(rt, r, v)?
                } else {
                    self.float(rt, r, v)?
                };
                self.truth(rt, u, v)
            }
            _ if v.is_bool() || v.is_none() => {
                // The same object as while recording (True, False or None): its truth is
                // known; otherwise leave.
                let k = self.konst(Op::KBOX, Ty::Box, v.0)?;
                let same = self.emit(Op::EQ, r, k)?;
                self.guard_is(same, true)?;
                self.konst(Op::KINT, Ty::Bool, Self::truth_value(v) as u64)
            }
            _ if container(v) => {
                let n = self.len_of(rt, r, v)?;
                let z = self.kint(0)?;
                self.emit(Op::NE, n, z)
            }
            _ => Err(Abort::new(
                Reason::NyiTypes,
                format!("truth of {}", rt.type_name(v)),
            )),
        }
    }

    fn binary_op(&mut self, rt: &Runtime, arg: u32) -> JitResult<()> {
        let bop = BinOp::from_u32(arg % pyjit_runtime::ops::INPLACE);
        let (va, vb) = (self.cval(rt, 2), self.cval(rt, 1));
        let (ra, rb) = (self.peek(2), self.peek(1));
        let fails = || Abort::new(Reason::GuardFails, format!("{bop:?} on these ints"));
        let seq = |v: Value| matches!(kind_of(v), Some(Kind::Str | Kind::List | Kind::Tuple));
        let inplace = arg >= pyjit_runtime::ops::INPLACE;
        // (`list += x` extends the list in place: not a concatenation.)
        if bop == BinOp::Add
            && seq(va)
            && kind_of(va) == kind_of(vb)
            && !(inplace && kind_of(va) == Some(Kind::List))
        {
            let k = kind_of(va).unwrap();
            self.guard_kind(rt, ra, va, k)?;
            self.guard_kind(rt, rb, vb, k)?;
            let out = self.emit(Op::SEQ_CONCAT, ra, rb)?;
            self.pop();
            self.pop();
            self.push(out);
            return Ok(());
        }
        let out = if va.is_small_int() && vb.is_small_int() {
            let (x, y) = (va.as_small_int(), vb.as_small_int());
            let (op, ok) = match bop {
                BinOp::Add => (Op::ADDOV, Value::fits_small(x + y)),
                BinOp::Sub => (Op::SUBOV, Value::fits_small(x - y)),
                BinOp::Mul => (Op::MULOV, x.checked_mul(y).is_some_and(Value::fits_small)),
                BinOp::FloorDiv => (
                    Op::FLOORDIV,
                    y != 0 && Value::fits_small(pyjit_runtime::int::floordiv_i64(x, y)),
                ),
                BinOp::Mod => (Op::MOD, y != 0),
                BinOp::And => (Op::BAND, true),
                BinOp::Or => (Op::BOR, true),
                BinOp::Xor => (Op::BXOR, true),
                BinOp::LShift => (
                    Op::SHLOV,
                    (0..48).contains(&y)
                        && i64::try_from((x as i128) << y).is_ok_and(Value::fits_small),
                ),
                BinOp::RShift => (Op::SHR, y >= 0),
                BinOp::TrueDiv => (Op::FDIV, y != 0),
                _ => return Err(nyi_types(rt, &format!("{bop:?}"), va, vb)),
            };
            if !ok {
                // The result needs a big int (or the operation raises): the helper.
                return self.int_binop(rt, bop, va, vb);
            }
            if op == Op::FDIV {
                let (fa, fb) = (self.float(rt, ra, va)?, self.float(rt, rb, vb)?);
                self.guard(Op::FDIV, fa, fb)?
            } else {
                let (ia, ib) = (self.int(rt, ra, va)?, self.int(rt, rb, vb)?);
                let k = self.trace.get(ib);
                let pow2 = (k.op == Op::KINT && (k.imm as i64) > 0 && k.imm.is_power_of_two())
                    .then_some(k.imm);
                if let (Some(p), Op::MOD | Op::FLOORDIV) = (pow2, op) {
                    // By a positive power of two, Python's floor division is an arithmetic
                    // shift and its modulo a mask, for either sign of the dividend.
                    if op == Op::MOD {
                        let m = self.kint(p as i64 - 1)?;
                        self.emit(Op::BAND, ia, m)?
                    } else {
                        let sh = self.kint(p.trailing_zeros() as i64)?;
                        self.guard(Op::SHR, ia, sh)?
                    }
                } else if op.is_guard() {
                    self.guard(op, ia, ib)?
                } else {
                    self.emit(op, ia, ib)?
                }
            }
        } else if big_int(va) && (big_int(vb) || vb.is_small_int())
            || va.is_small_int() && big_int(vb)
        {
            return self.int_binop(rt, bop, va, vb);
        } else if (va.is_float() || va.is_small_int()) && (vb.is_float() || vb.is_small_int()) {
            let op = match bop {
                BinOp::Add => Op::FADD,
                BinOp::Sub => Op::FSUB,
                BinOp::Mul => Op::FMUL,
                BinOp::TrueDiv => Op::FDIV,
                BinOp::FloorDiv => Op::FFLOORDIV,
                BinOp::Mod => Op::FMOD,
                BinOp::Pow if va.is_float() || vb.is_float() => Op::FPOW,
                _ => return Err(nyi_types(rt, &format!("{bop:?}"), va, vb)),
            };
            if op == Op::FPOW {
                let f = |v: Value| {
                    if v.is_float() {
                        v.as_float()
                    } else {
                        v.as_small_int() as f64
                    }
                };
                let (x, y) = (f(va), f(vb));
                let r = x.powf(y);
                if (x == 0.0 && y < 0.0)
                    || (x < 0.0 && y.is_finite() && y.fract() != 0.0)
                    || (r.is_infinite() && x.is_finite() && y.is_finite())
                {
                    return Err(fails());
                }
            }
            let y = if vb.is_float() {
                vb.as_float()
            } else {
                vb.as_small_int() as f64
            };
            if op.is_guard() && y == 0.0 {
                return Err(fails());
            }
            let (fa, fb) = (self.float(rt, ra, va)?, self.float(rt, rb, vb)?);
            if op.is_guard() {
                self.guard(op, fa, fb)?
            } else {
                self.emit(op, fa, fb)?
            }
        } else {
            return Err(nyi_types(rt, &format!("{bop:?}"), va, vb));
        };
        self.pop();
        self.pop();
        self.push(out);
        Ok(())
    }

    /// `a <bop> b` for ints of any size through the runtime (big ints, or small ones whose
    /// result is not small); the operands are on the stack.
    fn int_binop(&mut self, rt: &Runtime, bop: BinOp, va: Value, vb: Value) -> JitResult<()> {
        if matches!(bop, BinOp::Pow | BinOp::MatMul) {
            return Err(nyi_types(rt, &format!("{bop:?}"), va, vb));
        }
        let mut args = [IrRef::NONE; 2];
        for (k, v) in [(2, va), (1, vb)] {
            let r = self.peek(k);
            args[2 - k] = if v.is_small_int() {
                let i = self.int(rt, r, v)?;
                self.boxed(i)?
            } else {
                self.guard_kind(rt, r, v, Kind::Int)?;
                r
            };
        }
        let mut ins = Ins::new(Op::INT_BINOP, args[0], args[1], bop as u64);
        ins.snap = self.snap_for_guard();
        let out = self.em.emit(&mut self.trace, ins)?;
        self.pop();
        self.pop();
        self.push(out);
        Ok(())
    }

    fn compare_op(&mut self, rt: &Runtime, arg: u32) -> JitResult<()> {
        let (va, vb) = (self.cval(rt, 2), self.cval(rt, 1));
        let (ra, rb) = (self.peek(2), self.peek(1));
        // COMPARE_OP's argument indexes CmpOp: <, <=, ==, !=, >, >=.
        const OPS: [(Op, Op); 6] = [
            (Op::LT, Op::FLT),
            (Op::LE, Op::FLE),
            (Op::EQ, Op::FEQ),
            (Op::NE, Op::FNE),
            (Op::GT, Op::FGT),
            (Op::GE, Op::FGE),
        ];
        let (iop, fop) = OPS[(arg as usize).min(5)];
        let num = |v: Value| {
            if v.is_float() {
                Some(v.as_float())
            } else {
                v.is_small_int().then(|| v.as_small_int() as f64)
            }
        };
        let (cond, order) = if va.is_small_int() && vb.is_small_int() {
            let (ia, ib) = (self.int(rt, ra, va)?, self.int(rt, rb, vb)?);
            let o = va.as_small_int().cmp(&vb.as_small_int());
            (self.emit(iop, ia, ib)?, Some(o))
        } else if let (Some(x), Some(y)) = (num(va), num(vb)) {
            let (fa, fb) = (self.float(rt, ra, va)?, self.float(rt, rb, vb)?);
            (self.emit(fop, fa, fb)?, x.partial_cmp(&y))
        } else if kind_of(va) == Some(Kind::Str) && kind_of(vb) == Some(Kind::Str) {
            self.guard_kind(rt, ra, va, Kind::Str)?;
            self.guard_kind(rt, rb, vb, Kind::Str)?;
            let c = self.emit(Op::STR_CMP, ra, rb)?;
            let zero = self.kint(0)?;
            let o = jit_helpers::str_cmp(va.0, vb.0).cmp(&0);
            (self.emit(iop, c, zero)?, Some(o))
        } else {
            return Err(nyi_types(rt, "comparison", va, vb));
        };
        // Python's result; unordered (a NaN) makes every comparison false but `!=`.
        let result = match order {
            None => iop == Op::NE,
            Some(o) => match iop {
                Op::LT => o.is_lt(),
                Op::LE => o.is_le(),
                Op::EQ => o.is_eq(),
                Op::NE => o.is_ne(),
                Op::GT => o.is_gt(),
                _ => o.is_ge(),
            },
        };
        self.pop();
        self.pop();
        self.push(cond);
        // A specialized compare whose guards hold runs fused with a following conditional
        // jump; then the jump is recorded at the next step (see `step`).
        let (next, _) = decode(self.cur.word(self.pc + 1));
        if matches!(next, B::POP_JUMP_IF_FALSE | B::POP_JUMP_IF_TRUE) {
            self.fused = Some(result);
        }
        Ok(())
    }

    /// `obj` (actual `v`) guarded to be a heap object of kind `k`.
    fn guard_kind(&mut self, rt: &Runtime, obj: IrRef, v: Value, k: Kind) -> JitResult<()> {
        if kind_of(v) != Some(k) || self.ty(obj) != Ty::Box {
            return Err(Abort::new(Reason::NyiTypes, rt.type_name(v)));
        }
        let mut ins = Ins::new(Op::GUARD_KIND, obj, IrRef::NONE, k as u64);
        ins.snap = self.snap_for_guard();
        self.em.emit(&mut self.trace, ins)?;
        Ok(())
    }

    /// The address of item `key` (actual value `kv`) of list or tuple `obj` (actual `ov`),
    /// with the bounds guarded; `None` if the index is out of range now.
    fn item_addr(
        &mut self,
        rt: &Runtime,
        obj: IrRef,
        ov: Value,
        key: IrRef,
        kv: Value,
    ) -> JitResult<IrRef> {
        let (len_op, items_op, n) = match kind_of(ov) {
            Some(Kind::List) => (
                Op::LIST_LEN,
                Op::LIST_ITEMS,
                payload_unchecked::<PyList>(ov).0.len(),
            ),
            Some(Kind::Tuple) => (
                Op::TUPLE_LEN,
                Op::TUPLE_ITEMS,
                payload_unchecked::<PyTuple>(ov).0.len(),
            ),
            _ => {
                return Err(Abort::new(
                    Reason::NyiTypes,
                    format!("subscript of {}", rt.type_name(ov)),
                ));
            }
        };
        let idx = self.bounded_index(rt, (obj, ov), (key, kv), len_op, n)?;
        let items = self.emit(items_op, obj, IrRef::NONE)?;
        self.emit(Op::ITEM_ADDR, items, idx)
    }

    /// Index `key` (actual `kv`) into sequence `obj` (actual `ov`, of length `n` now, read
    /// by `len_op`) as a nonnegative int, with the bounds guarded.
    fn bounded_index(
        &mut self,
        rt: &Runtime,
        (obj, ov): (IrRef, Value),
        (key, kv): (IrRef, Value),
        len_op: Op,
        n: usize,
    ) -> JitResult<IrRef> {
        if !kv.is_small_int() {
            return Err(Abort::new(
                Reason::NyiTypes,
                format!("index {}", rt.type_name(kv)),
            ));
        }
        let k = kv.as_small_int();
        let n = n as i64;
        if k >= n || k < -n {
            return Err(Abort::new(Reason::GuardFails, "index out of range"));
        }
        self.guard_kind(rt, obj, ov, kind_of(ov).unwrap())?;
        let i = self.int(rt, key, kv)?;
        let len = self.emit(len_op, obj, IrRef::NONE)?;
        let zero = self.kint(0)?;
        let idx = if k >= 0 {
            let nonneg = self.emit(Op::GE, i, zero)?;
            self.guard_is(nonneg, true)?;
            let inside = self.emit(Op::LT, i, len)?;
            self.guard_is(inside, true)?;
            i
        } else {
            let neg = self.emit(Op::LT, i, zero)?;
            self.guard_is(neg, true)?;
            let j = self.emit(Op::IADD, i, len)?;
            let inside = self.emit(Op::GE, j, zero)?;
            self.guard_is(inside, true)?;
            j
        };
        Ok(idx)
    }

    /// The address of dict `obj`'s (actual `ov`) value for `key` (actual `kv`, a str or a
    /// small int), guarded to exist.
    fn dict_entry(
        &mut self,
        rt: &Runtime,
        obj: IrRef,
        ov: Value,
        key: IrRef,
        kv: Value,
    ) -> JitResult<IrRef> {
        if jit_helpers::dict_entry(ov.0, kv.0) == 0 {
            return Err(Abort::new(Reason::GuardFails, "dict key missing"));
        }
        self.guard_kind(rt, obj, ov, Kind::Dict)?;
        let k = self.prim_key(rt, key, kv)?;
        self.guard(Op::DICT_ENTRY, obj, k)
    }

    /// Key `r` (actual `v`, a small int or a str) boxed, its type guarded, as the helpers
    /// that compare keys without `__eq__` take it.
    fn prim_key(&mut self, rt: &Runtime, r: IrRef, v: Value) -> JitResult<IrRef> {
        if v.is_small_int() {
            let i = self.int(rt, r, v)?;
            self.boxed(i)
        } else {
            self.guard_kind(rt, r, v, Kind::Str)?;
            Ok(r)
        }
    }

    /// `a in b` / `a not in b` (`arg` 1) for a str or small-int `a` and a dict, set, list or
    /// tuple `b`.
    fn contains(&mut self, rt: &Runtime, arg: u32) -> JitResult<()> {
        let (av, bv) = (self.cval(rt, 2), self.cval(rt, 1));
        let (a, b) = (self.peek(2), self.peek(1));
        let kind = kind_of(bv);
        let r = if kind == Some(Kind::Str) && kind_of(av) == Some(Kind::Str) {
            self.guard_kind(rt, a, av, Kind::Str)?;
            self.guard_kind(rt, b, bv, Kind::Str)?;
            self.emit(Op::STR_IN_STR, a, b)?
        } else {
            if !(av.is_small_int() || kind_of(av) == Some(Kind::Str))
                || !matches!(
                    kind,
                    Some(Kind::Dict | Kind::Set | Kind::List | Kind::Tuple)
                )
            {
                return Err(Abort::new(
                    Reason::NyiTypes,
                    format!("{} in {}", rt.type_name(av), rt.type_name(bv)),
                ));
            }
            if jit_helpers::contains_prim(bv.0, av.0) == 2 {
                return Err(Abort::new(Reason::GuardFails, "membership needs __eq__"));
            }
            self.guard_kind(rt, b, bv, kind.unwrap())?;
            let k = self.prim_key(rt, a, av)?;
            self.guard(Op::CONTAINS, k, b)?
        };
        let r = if arg == 1 {
            self.emit(Op::NOT, r, IrRef::NONE)?
        } else {
            r
        };
        self.pop();
        self.pop();
        self.push(r);
        Ok(())
    }

    /// Global `name` of dict `globals` (else the builtin), as `LOAD_GLOBAL` finds it: a
    /// guarded lookup, which CSE hoists out of the loop while no dict is written.
    fn global(&mut self, rt: &Runtime, globals: Value, name: Value) -> JitResult<IrRef> {
        // SAFETY: the live runtime, the frame's globals dict and a str name.
        let v = unsafe { jit_helpers::global_lookup(rt as *const Runtime, globals.0, name.0) };
        if v == Value::NULL.0 {
            return Err(Abort::new(Reason::GuardFails, "undefined global"));
        }
        let g = self.konst(Op::KBOX, Ty::Box, globals.0)?;
        let n = self.konst(Op::KBOX, Ty::Box, name.0)?;
        self.guard(Op::GLOBAL, g, n)
    }

    /// `LOAD_NAME` / `STORE_NAME` in module code, where the names are the globals: a load
    /// is a global lookup (then the builtins), a store overwrites the global's value (a new
    /// global is left to the interpreter).
    fn module_name(&mut self, rt: &Runtime, op: B, arg: u32) -> JitResult<()> {
        let f = rt.frames.last().unwrap();
        if !f.locals.is_null() || !self.callers.is_empty() {
            return Err(Abort::new(Reason::Nyi, "names outside module code"));
        }
        let (globals, name) = (f.globals, self.cur.names[arg as usize]);
        if op == B::LOAD_NAME {
            let r = self.global(rt, globals, name)?;
            self.push(r);
        } else {
            if jit_helpers::dict_entry(globals.0, name.0) == 0 {
                return Err(Abort::new(Reason::Nyi, "store to a new global"));
            }
            let g = self.konst(Op::KBOX, Ty::Box, globals.0)?;
            let n = self.konst(Op::KBOX, Ty::Box, name.0)?;
            let addr = self.guard(Op::DICT_ENTRY, g, n)?;
            let r = self.peek(1);
            let v = self.boxed(r)?;
            self.em
                .emit(&mut self.trace, Ins::new(Op::DICT_STORE_AT, addr, v, 0))?;
            self.pop();
        }
        Ok(())
    }

    /// A dict subscript whose key is a str or small int.
    fn dict_key(ov: Value, kv: Value) -> bool {
        kind_of(ov) == Some(Kind::Dict) && (kv.is_small_int() || kind_of(kv) == Some(Kind::Str))
    }

    fn subscr(&mut self, rt: &Runtime) -> JitResult<()> {
        let (ov, kv) = (self.cval(rt, 2), self.cval(rt, 1));
        let (obj, key) = (self.peek(2), self.peek(1));
        if Self::dict_key(ov, kv) {
            let addr = self.dict_entry(rt, obj, ov, key, kv)?;
            let v = self.emit(Op::LOAD_AT, addr, IrRef::NONE)?;
            self.pop();
            self.pop();
            self.push(v);
            return Ok(());
        }
        if let Some(s) = payload::<PyStr>(ov).filter(|_| kind_of(ov) == Some(Kind::Str)) {
            let i = self.bounded_index(rt, (obj, ov), (key, kv), Op::STR_LEN, s.chars)?;
            let c = self.emit(Op::STR_CHAR, obj, i)?;
            self.pop();
            self.pop();
            self.push(c);
            return Ok(());
        }
        let addr = self.item_addr(rt, obj, ov, key, kv)?;
        let load = if kind_of(ov) == Some(Kind::Tuple) {
            Op::LOAD_AT_IMM
        } else {
            Op::LOAD_AT
        };
        let v = self.emit(load, addr, IrRef::NONE)?;
        self.pop();
        self.pop();
        self.push(v);
        Ok(())
    }

    /// `obj[start:stop]` of a list, tuple or str, the bounds None or small ints.
    fn binary_slice(&mut self, rt: &Runtime) -> JitResult<()> {
        let v = self.cval(rt, 3);
        let k = match kind_of(v) {
            Some(k @ (Kind::List | Kind::Tuple | Kind::Str)) => k,
            _ => {
                return Err(Abort::new(
                    Reason::NyiTypes,
                    format!("slice of {}", rt.type_name(v)),
                ));
            }
        };
        let mut bounds = [IrRef::NONE; 2];
        for (j, depth) in [(0, 2), (1, 1)] {
            let (r, bv) = (self.peek(depth), self.cval(rt, depth));
            bounds[j] = if bv.is_none() {
                let none = self.konst(Op::KBOX, Ty::Box, Value::NONE.0)?;
                if r != none {
                    let same = self.emit(Op::EQ, r, none)?;
                    self.guard_is(same, true)?;
                }
                none
            } else if bv.is_small_int() {
                let i = self.int(rt, r, bv)?;
                self.emit(Op::BOX_INT, i, IrRef::NONE)?
            } else {
                return Err(Abort::new(
                    Reason::NyiTypes,
                    format!("slice bounds {}", rt.type_name(bv)),
                ));
            };
        }
        let obj = self.peek(3);
        self.guard_kind(rt, obj, v, k)?;
        let s = self.emit(Op::NEW_SLICE, bounds[0], bounds[1])?;
        let out = self.emit(Op::GET_SLICE, obj, s)?;
        for _ in 0..3 {
            self.pop();
        }
        self.push(out);
        Ok(())
    }

    /// The truth of the value on top of the stack, guarded to stay what it is now.
    fn guarded_truth(&mut self, rt: &Runtime) -> JitResult<bool> {
        let v = self.cval(rt, 1);
        let r = self.peek(1);
        let t = self.truth(rt, r, v)?;
        let truth = Self::truth_value(v);
        self.guard_is(t, truth)?;
        Ok(truth)
    }

    /// `UNPACK_SEQUENCE n` of a tuple or list of exactly `n` items.
    fn unpack(&mut self, rt: &Runtime, n: u32) -> JitResult<()> {
        if let Some(vals) = self.unpacked.take() {
            // The tuple of an `enumerate` or `zip` step, never built.
            self.pop();
            for r in vals.into_iter().rev() {
                self.push(r);
            }
            return Ok(());
        }
        let v = self.cval(rt, 1);
        let (kind, len, items_op, load) = match kind_of(v) {
            Some(Kind::Tuple) => (
                Kind::Tuple,
                payload_unchecked::<PyTuple>(v).0.len(),
                Op::TUPLE_ITEMS,
                Op::LOAD_AT_IMM,
            ),
            Some(Kind::List) => (
                Kind::List,
                payload_unchecked::<PyList>(v).0.len(),
                Op::LIST_ITEMS,
                Op::LOAD_AT,
            ),
            _ => {
                return Err(Abort::new(
                    Reason::NyiTypes,
                    format!("unpacking {}", rt.type_name(v)),
                ));
            }
        };
        if len != n as usize {
            return Err(Abort::new(Reason::GuardFails, "unpacking another length"));
        }
        let obj = self.peek(1);
        self.guard_kind(rt, obj, v, kind)?;
        let len_op = if kind == Kind::Tuple {
            Op::TUPLE_LEN
        } else {
            Op::LIST_LEN
        };
        let l = self.emit(len_op, obj, IrRef::NONE)?;
        let k = self.kint(n as i64)?;
        let same = self.emit(Op::EQ, l, k)?;
        self.guard_is(same, true)?;
        let items = self.emit(items_op, obj, IrRef::NONE)?;
        let mut vals = Vec::with_capacity(n as usize);
        for i in 0..n {
            let ki = self.kint(i as i64)?;
            let addr = self.emit(Op::ITEM_ADDR, items, ki)?;
            vals.push(self.emit(load, addr, IrRef::NONE)?);
        }
        self.pop();
        for r in vals.into_iter().rev() {
            self.push(r);
        }
        Ok(())
    }

    fn store_subscr(&mut self, rt: &Runtime) -> JitResult<()> {
        // Stack: value, container, key (top).
        let (ov, kv) = (self.cval(rt, 2), self.cval(rt, 1));
        let (obj, key, val) = (self.peek(2), self.peek(1), self.peek(3));
        let (addr, store) = if Self::dict_key(ov, kv) && jit_helpers::dict_entry(ov.0, kv.0) == 0 {
            // A new key: inserted by the helper (None), the value stored at once after it,
            // with no guard in between (the value is boxed first).
            if jit_helpers::dict_slot_decidable(ov.0, kv.0) == 0 {
                return Err(Abort::new(Reason::GuardFails, "dict key of another kind"));
            }
            self.guard_kind(rt, obj, ov, Kind::Dict)?;
            let k = self.prim_key(rt, key, kv)?;
            let v = self.boxed(val)?;
            let slot = self.guard(Op::DICT_SLOT, obj, k)?;
            self.em
                .emit(&mut self.trace, Ins::new(Op::DICT_STORE_AT, slot, v, 0))?;
            self.pop();
            self.pop();
            self.pop();
            return Ok(());
        } else if Self::dict_key(ov, kv) {
            (self.dict_entry(rt, obj, ov, key, kv)?, Op::DICT_STORE_AT)
        } else if kind_of(ov) == Some(Kind::List) {
            (self.item_addr(rt, obj, ov, key, kv)?, Op::STORE_AT)
        } else {
            return Err(Abort::new(
                Reason::NyiTypes,
                format!("item store into {}", rt.type_name(ov)),
            ));
        };
        let v = self.boxed(val)?;
        self.em.emit(&mut self.trace, Ins::new(store, addr, v, 0))?;
        self.pop();
        self.pop();
        self.pop();
        Ok(())
    }

    /// The loop closed: the last guard checks for a pending collection, with the state at
    /// the loop header as its snapshot.
    fn close(&mut self) -> JitResult<Step> {
        if self.depth != self.header_depth {
            return Err(Abort::new(Reason::Flow, "stack depth at the back-edge"));
        }
        self.snap = Some(self.snapshot(self.header));
        self.snap_id = None;
        self.guard(Op::GC_CHECK, IrRef::NONE, IrRef::NONE)?;
        if self.side_of.is_some() {
            let mut link = Ins::new(Op::LINK, IrRef::NONE, IrRef::NONE, 0);
            link.snap = self.snap_for_guard();
            self.trace.push(link);
            return Ok(Step::Closed);
        }
        // The loop pass continues from these: values an inner trace left count too (so the
        // next iteration reads them, not the entry values).
        let top = self.nlocals + self.depth;
        if self.reloaded {
            for s in 0..top {
                self.get(s);
            }
        }
        self.trace.end_slots = (0..top)
            .filter_map(|s| {
                let r = self.slots[s]?;
                let i = self.trace.get(r);
                (!(i.op == Op::SLOAD && i.imm == s as u64)).then_some((s as u32, r))
            })
            .collect();
        Ok(Step::Closed)
    }
}
