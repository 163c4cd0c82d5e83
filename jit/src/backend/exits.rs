//! Leaving native code: exit blocks (each writes its snapshot's slots and returns its
//! number, or runs the side trace compiled in place), the shared dispatch block that counts
//! exits and calls side traces compiled alone, `CALL_TRACE`, and guards.

use super::*;

impl Lower<'_, '_> {
    /// The cold block leaving through snapshot `snap` (one per snapshot and region). It is
    /// filled after the trace (a block must be finished before the builder moves on).
    pub(super) fn exit_block(&mut self, snap: u32) -> Block {
        let key = (snap, self.in_body, self.flushed);
        if let Some(&blk) = self.exits.get(&key) {
            return blk;
        }
        let blk = self.b.create_block();
        self.b.set_cold_block(blk);
        self.exits.insert(key, blk);
        blk
    }

    /// Fills the exit blocks: box each snapshot value into its frame slot, return the
    /// snapshot's number.
    pub(super) fn fill_exits(&mut self) {
        let mut exits: Vec<((u32, bool, bool), Block)> =
            self.exits.iter().map(|(k, b)| (*k, *b)).collect();
        exits.sort_by_key(|e| e.1);
        for ((snap, in_body, flushed), blk) in exits {
            self.in_body = in_body;
            self.flushed = flushed;
            self.b.switch_to_block(blk);
            if self.tree.sides.contains_key(&(self.id, snap)) {
                if self.tree.count_in_place {
                    self.count_exit(snap);
                }
                self.inline_side(snap);
            } else {
                self.store_slots(snap);
                self.exit_to(snap);
            }
        }
    }

    /// The slots whose value leaving through `snap` implies (`Trace::known_at_exit`):
    /// written as constants, so the condition needs no register past its branch. Not
    /// under deopt stress, where a guard also fails when its condition holds.
    pub(super) fn known_at_exit(&self, snap: u32) -> Vec<(u32, bool)> {
        if self.opts.stress.is_some() {
            return Vec::new();
        }
        self.t.known_at_exit(snap)
    }

    /// Lowering a side trace in place (not the function's own trace).
    pub(super) fn in_side(&self) -> bool {
        self.id != self.tree.root
    }

    /// What the current trace's exits are marked with: a side trace in place returns its
    /// exits tagged with its id (see `tag`), the function's own trace plainly.
    pub(super) fn exit_tag(&self) -> u32 {
        if self.in_side() { tag(self.id) } else { 0 }
    }

    /// Counts a pass through exit `snap` in the current trace's exit table; returns the
    /// address of its `ExitSlot` and the new count.
    pub(super) fn count_exit(&mut self, snap: u32) -> Option<(CV, CV)> {
        if self.opts.exit_table.is_null() {
            return None;
        }
        let flags = MemFlagsData::trusted();
        let slot = self.opts.exit_table as i64 + snap as i64 * size_of::<ExitSlot>() as i64;
        let at = self.iconst(slot);
        let taken = self.b.ins().load(types::I64, flags, at, 0);
        let taken = self.b.ins().iadd_imm_s(taken, 1);
        self.b.ins().store(flags, taken, at, 0);
        Some((at, taken))
    }

    /// Compiles the side trace attached to exit `snap` of the current trace in place (the
    /// builder stands in the exit's block): its entry loads take the exit's values, its
    /// exits return tagged with its id.
    pub(super) fn inline_side(&mut self, snap: u32) {
        let side = &self.tree.sides[&(self.id, snap)];
        let parent = (self.id, snap);
        // The frame as the exit would have left it: the parents' layers, then this exit's
        // snapshot.
        let mut entry = if self.flushed {
            BTreeMap::new()
        } else {
            self.entry.clone()
        };
        let t = self.t;
        let known = self.known_at_exit(snap);
        for &(slot, r) in &t.snaps[snap as usize].slots {
            let v = match known.iter().find(|k| k.0 == slot) {
                Some(&(_, truth)) => (Ty::Bool, self.b.ins().iconst(types::I8, truth as i64)),
                None => (t.ty(r), self.v(r)),
            };
            entry.insert(slot, v);
        }
        // Past an inner trace's call, slots the loop body takes as unchanged may have
        // changed in memory: such a side trace restarts the pre-roll.
        let link_body = !self.flushed
            && if !self.in_side() {
                self.in_body
            } else {
                self.link_body
            };
        let chain_writes = self.chain_writes | memory::written_by(&side.trace.ins);
        let saved = (
            std::mem::replace(&mut self.t, side.trace),
            std::mem::replace(&mut self.vals, vec![None; side.trace.ins.len()]),
            std::mem::take(&mut self.phi),
            std::mem::replace(&mut self.in_body, false),
            std::mem::take(&mut self.exits),
            std::mem::replace(&mut self.opts.exit_table, side.exit_table),
            std::mem::replace(&mut self.opts.global_caches, side.global_caches),
            std::mem::replace(&mut self.id, side.id),
            std::mem::replace(&mut self.entry, entry),
            std::mem::take(&mut self.unboxed),
            std::mem::replace(&mut self.link_body, link_body),
            std::mem::replace(&mut self.flushed, false),
            std::mem::replace(&mut self.tree_parent, parent),
            std::mem::replace(&mut self.chain_writes, chain_writes),
        );
        self.run()
            .expect("a side trace lowers in place as it lowered alone");
        self.t = saved.0;
        self.vals = saved.1;
        self.phi = saved.2;
        self.in_body = saved.3;
        self.exits = saved.4;
        self.opts.exit_table = saved.5;
        self.opts.global_caches = saved.6;
        self.id = saved.7;
        self.entry = saved.8;
        self.unboxed = saved.9;
        self.link_body = saved.10;
        self.flushed = saved.11;
        self.tree_parent = saved.12;
        self.chain_writes = saved.13;
    }

    /// A side trace in place ends at the loop header (its `LINK`, snapshot `snap`): the
    /// loop block's arguments, if the frame and heap it leaves are ones the loop body can
    /// continue from (every slot the body reads at the header holds what the body assumes
    /// there, and no memory class the body hoisted was written on the way: see
    /// `opt::memory`); else why not.
    pub(super) fn link_args(&mut self, snap: u32) -> Result<(Vec<BlockArg>, Vec<CV>), String> {
        if !self.link_body {
            return Err("it grew from an exit before the loop body".into());
        }
        if self.flushed {
            return Err("it calls an inner loop's trace".into());
        }
        let Some(rl) = self.root_loop.as_ref() else {
            return Err("the root has no loop body".into());
        };
        let clash = self.chain_writes & rl.hoisted;
        if clash != 0 {
            return Err(format!(
                "it writes memory the loop body reads before its header ({})",
                memory::short_names(clash)
            ));
        }
        let (top, nphis, nlocals) = (rl.top, rl.phis.len(), rl.nlocals);
        let name = |s: u32| crate::ir::slot_name(s, nlocals);
        let sn = &self.t.snaps[snap as usize];
        let mut state = self.entry.clone();
        for &(s, r) in &sn.slots {
            let v = match self.unboxed.get(&r.0) {
                Some(&u) => u,
                None => (self.t.ty(r), self.v(r)),
            };
            state.insert(s, v);
        }
        let mut args: Vec<Option<CV>> = vec![None; nphis];
        let mut checks: Vec<CV> = Vec::new();
        for s in 0..top {
            let got = state.get(&s).copied();
            let rl = self.root_loop.as_ref().unwrap();
            if rl.dead.contains(&s) {
                // Written before it is read from the header on: whatever it holds is fine.
                continue;
            }
            let Some(&r) = rl.end.get(&s) else {
                // Not written by an iteration: the body reads the pre-roll's entry load.
                match got {
                    None => continue,
                    Some((_, cv)) if self.sloads.get(&s) == Some(&cv) => continue,
                    Some(_) => {
                        return Err(format!(
                            "it writes {}, which the loop body takes as unchanged",
                            name(s)
                        ));
                    }
                }
            };
            if r == IrRef::NONE {
                return Err(format!("{} has no value at the header", name(s)));
            }
            match rl.phis.iter().position(|p| p.0 == r) {
                Some(k) if rl.phi_mem[k] != 0 => {
                    // The body takes this value as what memory holds at the header: the
                    // slot may have been written apart from it.
                    return Err(format!(
                        "it leaves {} where the loop body reads memory ({})",
                        name(s),
                        memory::short_names(rl.phi_mem[k])
                    ));
                }
                Some(k) => {
                    let want = rl.phis[k].1;
                    let (ty, cv) = match got {
                        Some(x) => x,
                        None => {
                            let w = self.slot_word(s);
                            (Ty::Box, w)
                        }
                    };
                    let cv = match (want, ty) {
                        (a, b) if a == b => cv,
                        (Ty::Box, ty) => self.box_value(ty, cv),
                        (Ty::Int | Ty::Float, Ty::Box) => {
                            let (ok, raw) = self.unbox_check(want, cv);
                            checks.push(ok);
                            raw
                        }
                        (a, b) => {
                            return Err(format!(
                                "it leaves {} {} where the loop body keeps {}",
                                name(s),
                                b.name(),
                                a.name()
                            ));
                        }
                    };
                    match args[k] {
                        None => args[k] = Some(cv),
                        Some(prev) if prev == cv => {}
                        Some(_) => {
                            return Err(format!(
                                "it leaves {} apart from a slot the loop body keeps equal to it",
                                name(s)
                            ));
                        }
                    }
                }
                None => {
                    // A value the body takes as invariant, or one it never reads.
                    if !rl.used.contains(&r) {
                        continue;
                    }
                    let same = match (rl.vals[r.idx()], got) {
                        (Some(want), Some((_, cv))) => {
                            same_const_or_value(&self.b.func.dfg, want, cv)
                        }
                        _ => false,
                    };
                    if !same {
                        return Err(format!(
                            "it writes {}, which the loop body takes as invariant",
                            name(s)
                        ));
                    }
                }
            }
        }
        // PHIs no slot holds: a field the loop keeps them in, read from memory.
        for (k, a) in args.iter_mut().enumerate() {
            let rl = self.root_loop.as_ref().unwrap();
            if let (None, Some((obj, off))) = (*a, rl.phi_field[k])
                && let Some(x) = rl.vals[obj.idx()]
            {
                let p = self.obj_ptr(x);
                *a = Some(
                    self.b
                        .ins()
                        .load(types::I64, MemFlagsData::trusted(), p, off),
                );
            }
        }
        let args = args
            .into_iter()
            .map(|a| a.map(BlockArg::Value))
            .collect::<Option<Vec<_>>>()
            .ok_or_else(|| "the loop carries a value no slot holds".to_string())?;
        Ok((args, checks))
    }

    /// Leaves through exit `snap` (the frame already written). An exit of a trace with an
    /// exit table jumps to the function's one `dispatch` block with its exit code and
    /// `ExitSlot` (one jump per exit instead of a copy of the dispatch code in each).
    pub(super) fn exit_to(&mut self, snap: u32) {
        let code = self.exit_tag() | snap;
        let n = self.b.ins().iconst(types::I32, code as i32 as i64);
        if self.opts.exit_table.is_null() {
            self.b.ins().return_(&[n]);
            return;
        }
        let at =
            self.iconst(self.opts.exit_table as i64 + snap as i64 * size_of::<ExitSlot>() as i64);
        let d = match self.dispatch {
            Some(d) => d,
            None => {
                let d = self.b.create_block();
                self.b.set_cold_block(d);
                self.b.append_block_param(d, types::I32);
                self.b.append_block_param(d, types::I64);
                self.dispatch = Some(d);
                d
            }
        };
        self.b
            .ins()
            .jump(d, &[BlockArg::Value(n), BlockArg::Value(at)]);
    }

    /// The dispatch block, given exit code `n` and its `ExitSlot` `at`: counts the exit,
    /// and runs the side trace attached to it, if any. A side trace that links back
    /// restarts a root trace (or, in a side trace, returns `LINK` to its caller); any other
    /// exit of it returns tagged with its trace.
    pub(super) fn fill_dispatch(&mut self) {
        let Some(d) = self.dispatch else {
            return;
        };
        self.b.switch_to_block(d);
        let (n, at) = (self.b.block_params(d)[0], self.b.block_params(d)[1]);
        let flags = MemFlagsData::trusted();
        let taken = self.b.ins().load(types::I64, flags, at, 0);
        let taken = self.b.ins().iadd_imm_s(taken, 1);
        self.b.ins().store(flags, taken, at, 0);
        let side = self.b.ins().load(types::I64, flags, at, 8);
        // Leave once instead at the count `tree_at`, so the root gets recompiled as a tree.
        let tree_at = self.b.ins().load(types::I64, flags, at, 24);
        let has_side = self.b.ins().icmp_imm_s(IntCC::NotEqual, side, 0);
        let not_due = self.b.ins().icmp(IntCC::NotEqual, taken, tree_at);
        let go = self.b.ins().band(has_side, not_due);
        let call_side = self.b.create_block();
        let leave = self.b.create_block();
        self.b.set_cold_block(call_side);
        self.b.set_cold_block(leave);
        self.branch(go, call_side, leave);
        self.b.switch_to_block(leave);
        self.b.ins().return_(&[n]);
        self.b.switch_to_block(call_side);
        let mut sig = Signature::new(self.b.func.signature.call_conv);
        sig.params.push(AbiParam::new(types::I64));
        sig.params.push(AbiParam::new(types::I64));
        sig.returns.push(AbiParam::new(types::I32));
        let sig = self.b.import_signature(sig);
        let (slots, rt) = (self.slots, self.rt);
        let call = self.b.ins().call_indirect(sig, side, &[slots, rt]);
        let r = self.b.inst_results(call)[0];
        let linked = self.b.ins().icmp_imm_s(IntCC::Equal, r, LINK as i64);
        let relink = self.b.create_block();
        let other = self.b.create_block();
        self.branch(linked, relink, other);
        self.b.switch_to_block(relink);
        if self.opts.side {
            let l = self.b.ins().iconst(types::I32, LINK as i64);
            self.b.ins().return_(&[l]);
        } else {
            self.b.ins().jump(self.restart, &[]);
        }
        self.b.switch_to_block(other);
        let tagv = self.b.ins().load(types::I32, flags, at, 16);
        let tagged = self.b.ins().bor(r, tagv);
        let already = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, r, 0);
        let out = self.b.ins().select(already, r, tagged);
        self.b.ins().return_(&[out]);
    }

    /// Writes snapshot `snap`'s values into their frame slots.
    pub(super) fn store_slots(&mut self, snap: u32) {
        let sn = &self.t.snaps[snap as usize];
        // A side trace in place first writes what its parents' exits would have (unless a
        // call wrote them already).
        let none = BTreeMap::new();
        let entry = if self.flushed { &none } else { &self.entry };
        let layer: Vec<(u32, Ty, CV)> = entry
            .iter()
            .filter(|(s, _)| sn.slots.binary_search_by_key(*s, |e| e.0).is_err())
            .map(|(s, (ty, cv))| (*s, *ty, *cv))
            .collect();
        for (slot, ty, cv) in layer {
            self.store_boxed(slot, ty, cv);
        }
        let known = self.known_at_exit(snap);
        for &(slot, r) in &sn.slots {
            match known.iter().find(|k| k.0 == slot) {
                Some(&(_, truth)) => {
                    let w = self.iconst(Value::bool(truth).0 as i64);
                    self.store_boxed(slot, Ty::Box, w);
                }
                None => {
                    let x = self.v(r);
                    self.store_boxed(slot, self.t.ty(r), x);
                }
            }
        }
    }

    /// Stores `x`, of type `ty`, boxed into frame slot `slot` (a float is stored as it is:
    /// its bits are its Value).
    pub(super) fn store_boxed(&mut self, slot: u32, ty: Ty, x: CV) {
        let w = if ty == Ty::Float {
            x
        } else {
            self.box_value(ty, x)
        };
        self.b
            .ins()
            .store(MemFlagsData::trusted(), w, self.slots, (slot * 8) as i32);
    }

    /// `CALL_TRACE`: writes the frame, runs the inner loop's trace and continues if it left
    /// through one of its loop-done exits; otherwise returns its exit, tagged with its
    /// trace (bit 31, trace id in bits 16..31) unless a deeper trace tagged it already.
    pub(super) fn call_trace(&mut self, snap: u32, k: usize) {
        self.store_slots(snap);
        self.flushed = true;
        let call = &self.t.calls[k];
        let rt = self.rt;
        let slots = if call.base == 0 {
            self.slots
        } else {
            self.b.ins().iadd_imm_s(self.slots, call.base as i64 * 8)
        };
        let mut s = Signature::new(self.b.func.signature.call_conv);
        s.params.push(AbiParam::new(types::I64));
        s.params.push(AbiParam::new(types::I64));
        s.returns.push(AbiParam::new(types::I32));
        let sig = self.b.import_signature(s);
        let cell = self.iconst(call.entry as i64);
        let callee = self
            .b
            .ins()
            .load(types::I64, MemFlagsData::trusted(), cell, 0);
        let inst = self.b.ins().call_indirect(sig, callee, &[slots, rt]);
        let r = self.b.inst_results(inst)[0];
        let mut ok = self.b.ins().iconst(types::I8, 0);
        for &e in &call.done_exits {
            let is = self.b.ins().icmp_imm_s(IntCC::Equal, r, e as i64);
            ok = self.b.ins().bor(ok, is);
        }
        let leave = self.b.create_block();
        self.b.set_cold_block(leave);
        let cont = self.b.create_block();
        self.leave_unless(ok, cont, leave);
        self.b.switch_to_block(leave);
        if call.base != 0 {
            let via = self.iconst(&VIA as *const AtomicU64 as i64);
            let what = self.iconst(((self.id as i64 + 1) << 32) | snap as i64);
            self.b.ins().store(MemFlagsData::trusted(), what, via, 0);
        }
        let tagged = self
            .b
            .ins()
            .bor_imm_s(r, (0x8000_0000u32 | (call.id << 16)) as i32 as i64);
        let already = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, r, 0);
        let out = self.b.ins().select(already, r, tagged);
        self.b.ins().return_(&[out]);
        self.b.switch_to_block(cont);
    }

    /// Continues only if `ok` (an i8 or wider bool) is nonzero; else leaves via `snap`.
    pub(super) fn guard(&mut self, ok: CV, snap: u32) {
        self.guard_stressed(ok, snap, true)
    }

    /// A guard, failing at random too in deopt-stress mode if `stress`. A guard that comes
    /// after its instruction's effect (`LIST_POP`) must not: the interpreter would redo it.
    pub(super) fn guard_stressed(&mut self, ok: CV, snap: u32, stress: bool) {
        let ok = match self.opts.stress.filter(|_| stress) {
            Some(f) => {
                let fail = self.call(f as usize, &[], types::I64);
                let pass = self.b.ins().icmp_imm_s(IntCC::Equal, fail, 0);
                let ok8 = self.b.ins().icmp_imm_s(IntCC::NotEqual, ok, 0);
                self.b.ins().band(ok8, pass)
            }
            None => ok,
        };
        let exit = self.exit_block(snap);
        let cont = self.b.create_block();
        self.leave_unless(ok, cont, exit);
        self.b.switch_to_block(cont);
    }
}
