//! Recording attribute access through the interpreter's specialized forms: the inline
//! cache says where the attribute is (a slot of the instance's value array, a method of its
//! class, a module's dict entry), and the trace guards exactly what the specialized form
//! checks (the instance's shape and its class's version), so it reads what the interpreter
//! would. A form whose checks fail on the recorded object (it would miss) aborts.

use super::Recorder;
use crate::abort::{Abort, JitResult, Reason};
use crate::ir::{Ins, IrRef, Op, Ty};
use pyjit_interp::opcode::Op as B;
use pyjit_runtime::code::InlineCache;
use pyjit_runtime::gc::{kind_of, payload, payload_unchecked};
use pyjit_runtime::object::{Kind, PyFunction, PyInstance, PyModule, PyType};
use pyjit_runtime::{Runtime, Value};

impl Recorder {
    /// The inline cache of the instruction being recorded.
    fn cache(&self) -> &'static InlineCache {
        // SAFETY: the interpreter is between instructions (it calls the recorder before
        // running this one); the reference is only read while recording it.
        unsafe { &*(self.cur.cache_at(self.pc) as *const InlineCache) }
    }

    /// Guards instance `obj` (actual `v`) has the cached shape and class version, as the
    /// specialized form checks; aborts if it does not now.
    fn guard_layout(&mut self, rt: &Runtime, obj: IrRef, v: Value) -> JitResult<()> {
        let c = self.cache();
        let Some(inst) = payload::<PyInstance>(v) else {
            return Err(Abort::new(Reason::NyiTypes, rt.type_name(v)));
        };
        if inst.shape != c.shape || payload_unchecked::<PyType>(inst.cls).version != c.version {
            return Err(Abort::new(Reason::GuardFails, "attribute cache misses"));
        }
        self.guard_kind(rt, obj, v, Kind::Instance)?;
        let shape = self.emit(Op::INST_SHAPE, obj, IrRef::NONE)?;
        let k = self.kint(c.shape as i64)?;
        let ok = self.emit(Op::EQ, shape, k)?;
        self.guard_is(ok, true)?;
        let cls = self.emit(Op::INST_CLS, obj, IrRef::NONE)?;
        let kc = self.konst(Op::KBOX, Ty::Box, inst.cls.0)?;
        let ok = self.emit(Op::EQ, cls, kc)?;
        self.guard_is(ok, true)?;
        self.guard_version(kc, c.version)
    }

    /// Guards type `t` (an IR value) has version `version`.
    fn guard_version(&mut self, t: IrRef, version: u32) -> JitResult<()> {
        let ver = self.emit(Op::TYPE_VERSION, t, IrRef::NONE)?;
        let k = self.kint(version as i64)?;
        let ok = self.emit(Op::EQ, ver, k)?;
        self.guard_is(ok, true)
    }

    /// The address of slot `index` of instance `obj`'s values.
    fn attr_addr(&mut self, obj: IrRef, index: u32) -> JitResult<IrRef> {
        let vals = self.emit(Op::INST_VALUES, obj, IrRef::NONE)?;
        let i = self.kint(index as i64)?;
        self.emit(Op::ITEM_ADDR, vals, i)
    }

    pub(super) fn load_attr(&mut self, rt: &Runtime, op: B, arg: u32) -> JitResult<()> {
        let v = self.cval(rt, 1);
        let obj = self.peek(1);
        let c = self.cache();
        if self.ty(obj) != Ty::Box {
            return Err(Abort::new(
                Reason::NyiTypes,
                "attribute of an unboxed value",
            ));
        }
        let method = arg & 1 == 1;
        match op {
            B::LOAD_ATTR_INSTANCE_VALUE | B::LOAD_ATTR_SLOT => {
                self.guard_layout(rt, obj, v)?;
                let addr = self.attr_addr(obj, c.index)?;
                let r = self.emit(Op::LOAD_AT, addr, IrRef::NONE)?;
                self.pop();
                self.push(r);
                self.push_null_if(method)?;
            }
            B::LOAD_ATTR_METHOD_WITH_VALUES => {
                self.guard_layout(rt, obj, v)?;
                let f = self.konst(Op::KBOX, Ty::Box, c.obj.0)?;
                self.pop();
                self.push(f);
                self.push(obj);
            }
            B::LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES => {
                self.guard_layout(rt, obj, v)?;
                let a = self.konst(Op::KBOX, Ty::Box, c.obj.0)?;
                self.pop();
                self.push(a);
                self.push_null_if(method)?;
            }
            B::LOAD_ATTR_METHOD_NO_DICT => {
                let Some(k) = kind_of(v).filter(|&k| k as u32 == c.index) else {
                    return Err(Abort::new(Reason::GuardFails, "attribute cache misses"));
                };
                self.guard_kind(rt, obj, v, k)?;
                let f = self.konst(Op::KBOX, Ty::Box, c.obj.0)?;
                self.pop();
                self.push(f);
                self.push(obj);
            }
            B::LOAD_ATTR_CLASS => {
                match payload::<PyType>(v) {
                    Some(t) if t.version == c.version => {}
                    _ => return Err(Abort::new(Reason::GuardFails, "attribute cache misses")),
                }
                let k = self.konst(Op::KBOX, Ty::Box, v.0)?;
                let same = self.emit(Op::EQ, obj, k)?;
                self.guard_is(same, true)?;
                self.guard_version(k, c.version)?;
                let a = self.konst(Op::KBOX, Ty::Box, c.obj.0)?;
                self.pop();
                self.push(a);
                self.push_null_if(method)?;
            }
            B::LOAD_ATTR_PROPERTY if !method => {
                // The getter runs as a call: [fget, obj] -> result, in the object's slot.
                let cls = payload::<PyInstance>(v)
                    .map(|i| i.cls)
                    .filter(|&cls| payload_unchecked::<PyType>(cls).version == c.version)
                    .ok_or_else(|| Abort::new(Reason::GuardFails, "attribute cache misses"))?;
                let fget = c.obj;
                let Some(f) = payload::<PyFunction>(fget) else {
                    return Err(Abort::new(
                        Reason::NyiTypes,
                        "property getter not a function",
                    ));
                };
                self.inlinable_here(rt, f, 1)?;
                self.guard_kind(rt, obj, v, Kind::Instance)?;
                let kc = self.konst(Op::KBOX, Ty::Box, cls.0)?;
                let got = self.emit(Op::INST_CLS, obj, IrRef::NONE)?;
                let same = self.emit(Op::EQ, got, kc)?;
                self.guard_is(same, true)?;
                self.guard_version(kc, c.version)?;
                let kf = self.konst(Op::KBOX, Ty::Box, fget.0)?;
                self.pop();
                let ret = self.stack_slot(0);
                self.push(kf);
                self.push(obj);
                self.enter_inlined(fget, f, ret + 1, ret, 1)?;
            }
            B::LOAD_ATTR_MODULE => {
                let Some(m) = payload::<PyModule>(v).filter(|_| v == c.obj) else {
                    return Err(Abort::new(Reason::GuardFails, "attribute cache misses"));
                };
                let name = self.cur.names[(arg >> 1) as usize];
                if pyjit_runtime::jit_helpers::dict_str_lookup(m.dict.0, name.0) == Value::NULL.0 {
                    return Err(Abort::new(Reason::GuardFails, "module attribute missing"));
                }
                let k = self.konst(Op::KBOX, Ty::Box, v.0)?;
                let same = self.emit(Op::EQ, obj, k)?;
                self.guard_is(same, true)?;
                let d = self.konst(Op::KBOX, Ty::Box, m.dict.0)?;
                let n = self.konst(Op::KBOX, Ty::Box, name.0)?;
                let r = self.guard(Op::DICT_STR, d, n)?;
                self.pop();
                self.push(r);
                self.push_null_if(method)?;
            }
            _ => return Err(Abort::new(Reason::Nyi, op.name())),
        }
        Ok(())
    }

    fn push_null_if(&mut self, yes: bool) -> JitResult<()> {
        if yes {
            let null = self.konst(Op::KBOX, Ty::Box, Value::NULL.0)?;
            self.push(null);
        }
        Ok(())
    }

    pub(super) fn store_attr(&mut self, rt: &Runtime, op: B) -> JitResult<()> {
        // Stack: value, object (top).
        let c = self.cache();
        if !matches!(op, B::STORE_ATTR_INSTANCE_VALUE | B::STORE_ATTR_SLOT) {
            return Err(Abort::new(Reason::Nyi, op.name()));
        }
        if c.aux != u32::MAX {
            return Err(Abort::new(Reason::Nyi, "store adding an attribute"));
        }
        let v = self.cval(rt, 1);
        let obj = self.peek(1);
        if self.ty(obj) != Ty::Box {
            return Err(Abort::new(
                Reason::NyiTypes,
                "attribute of an unboxed value",
            ));
        }
        self.guard_layout(rt, obj, v)?;
        let addr = self.attr_addr(obj, c.index)?;
        let val = self.peek(2);
        let w = self.boxed(val)?;
        self.em
            .emit(&mut self.trace, Ins::new(Op::STORE_AT, addr, w, 0))?;
        self.pop();
        self.pop();
        Ok(())
    }
}
