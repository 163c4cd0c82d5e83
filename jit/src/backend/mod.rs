//! Lowering trace IR to Cranelift, and the code memory of compiled traces. The only module
//! that names Cranelift.
//!
//! A trace compiles to `fn(slots: *mut u64, rt: *mut Runtime) -> u32`, `slots` being the
//! frame's slot array. The pre-roll runs in the entry block, the body in a loop block whose
//! parameters are the PHIs. Each guard branches to a cold exit block that boxes the values
//! its snapshot lists into their frame slots and returns the snapshot's number; nothing
//! traps. Runtime helpers are called through their addresses (`call_indirect`), so the same
//! lowering works for any target: no relocations, no branch-range limits.

mod exits;

use crate::ir::{IrRef, Op, Trace, Ty};
use crate::opt::memory::{self, Mem};
use cranelift_codegen::control::ControlPlane;
use cranelift_codegen::ir::condcodes::{CondCode, FloatCC, IntCC};
use cranelift_codegen::ir::{
    AbiParam, Block, BlockArg, Function, InstBuilder, MemFlagsData, Signature, UserFuncName,
    Value as CV, types,
};
use cranelift_codegen::isa::{CallConv, OwnedTargetIsa};
use cranelift_codegen::settings::{self, Configurable};
use cranelift_codegen::{Context, isa};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_jit::{JITBuilder, JITModule};
use cranelift_module::{Linkage, Module, default_libcall_names};
use pyjit_runtime::jit_helpers::{self, Layout};
use pyjit_runtime::object::Kind;
use pyjit_runtime::value::{FLOAT_LIMIT, SMALL_INT_MAX, SMALL_INT_MIN, TAG_BOOL, TAG_INT, TAG_PTR};
use pyjit_runtime::{Value, float};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::OnceLock;
use std::sync::atomic::AtomicU64;

static LAYOUT: OnceLock<Layout> = OnceLock::new();

/// The entry point of a compiled trace.
pub type TraceFn = unsafe extern "C" fn(*mut u64, *mut pyjit_runtime::Runtime) -> u32;

const PAYLOAD: i64 = 0x0000_FFFF_FFFF_FFFF;

/// A trace's native code; its memory is freed when this is dropped.
pub struct Native {
    module: Option<JITModule>,
    pub entry: TraceFn,
    pub addr: usize,
    pub size: usize,
    /// Cranelift's listing of the machine code, when asked for.
    pub disasm: Option<String>,
    /// For a trace tree: how each side trace in it ends.
    pub links: Vec<Link>,
}

impl Drop for Native {
    fn drop(&mut self) {
        if let Some(m) = self.module.take() {
            // SAFETY: the trace is being discarded; the registry dropped its entry first, so
            // no caller holds `entry`.
            unsafe { m.free_memory() };
        }
    }
}

/// Options the lowering takes from the knobs and the trace registry.
#[derive(Clone, Copy)]
pub struct Options {
    /// Deopt stress: every guard also fails when this helper says so.
    pub stress: Option<extern "C" fn() -> u64>,
    /// The trace's exit table (one `ExitSlot` per snapshot, alive as long as the code), or
    /// null for code that never runs (cross-compilation, benchmarks).
    pub exit_table: *const ExitSlot,
    /// A side trace: its `LINK` returns `LINK` to the trace that called it; a root trace
    /// restarts itself instead.
    pub side: bool,
    /// The trace's global-load caches (one per `GLOBAL`, numbered by its `imm`), alive as
    /// long as the code; null: every global load looks its name up.
    pub global_caches: *mut jit_helpers::GlobalCache,
}

/// One exit of a compiled trace, as its native exit block uses it: it counts the exit,
/// and if a side trace has been attached since (`side` its entry, `tag` what marks its
/// exits as its own), calls it, except when the count reaches `tree_at`: then it leaves
/// (once), for its root trace to be recompiled with the side trace in place (see `tree`).
#[repr(C)]
#[derive(Debug)]
pub struct ExitSlot {
    pub taken: u64,
    pub side: u64,
    pub tag: u64,
    pub tree_at: u64,
}

impl Default for ExitSlot {
    fn default() -> ExitSlot {
        ExitSlot {
            taken: 0,
            side: 0,
            tag: 0,
            tree_at: u64::MAX,
        }
    }
}

/// What a side trace returns when it reached the loop header (its `LINK`): the root trace
/// runs again.
pub const LINK: u32 = 0x4000_0000;

/// An exit of an inner loop's trace called inside an inlined callee (`TraceCall::base` not
/// 0) leaves frames the interpreter does not have yet: the calling trace stores here which
/// of its snapshots made the call (`(trace id + 1) << 32 | snapshot`), and `deopt::run`
/// rebuilds those frames first. Traces run on one thread at a time.
pub static VIA: AtomicU64 = AtomicU64::new(0);

/// Marks an exit code as another trace's: bit 31, and the trace id in bits 16..31.
pub fn tag(id: u32) -> u32 {
    0x8000_0000 | (id << 16)
}

/// Side traces compiled into their root trace's function (a trace tree, as LuaJIT links
/// side traces to their parent's loop): an exit with a side trace attached runs the side
/// trace's code in place, with the exit's values still in registers, and a side trace that
/// ends at the loop header jumps straight into the root's loop body with its values as the
/// loop's PHI arguments (when they fit; otherwise it writes the frame and restarts the
/// root's pre-roll, as a separately compiled side trace does).
#[derive(Default)]
pub struct Tree<'a> {
    /// (trace id, exit number) -> the side trace attached there.
    pub sides: HashMap<(u32, u32), TreeSide<'a>>,
    /// The root trace's id (the trace's own, compiled alone).
    pub root: u32,
    /// The root loop's value-stack depth at its header.
    pub header_depth: u32,
    /// Count passes through exits whose side trace is in place, and through the side
    /// traces' links to the loop (for `--stats`; nothing else reads these counts, and
    /// counting costs a memory increment per pass in the hottest paths).
    pub count_in_place: bool,
}

/// A side trace of a `Tree`.
pub struct TreeSide<'a> {
    pub id: u32,
    pub trace: &'a Trace,
    /// Its exit table (it counts its exits there, as its own code would) and global-load
    /// caches.
    pub exit_table: *const ExitSlot,
    pub global_caches: *mut jit_helpers::GlobalCache,
}

/// The host ISA, built once (building it probes the CPU and parses settings).
fn host_isa() -> Result<OwnedTargetIsa, String> {
    static ISA: OnceLock<Result<OwnedTargetIsa, String>> = OnceLock::new();
    ISA.get_or_init(build_host_isa).clone()
}

fn build_host_isa() -> Result<OwnedTargetIsa, String> {
    let mut flags = settings::builder();
    flags.set("opt_level", "speed").map_err(|e| e.to_string())?;
    flags.set("is_pic", "false").map_err(|e| e.to_string())?;
    // Cranelift's IR verifier costs about as much as a quarter of the compilation: run it
    // in debug builds (the tests), not in release.
    let verify = if cfg!(debug_assertions) {
        "true"
    } else {
        "false"
    };
    flags
        .set("enable_verifier", verify)
        .map_err(|e| e.to_string())?;
    let b = cranelift_native::builder().map_err(|e| e.to_string())?;
    b.finish(settings::Flags::new(flags))
        .map_err(|e| e.to_string())
}

/// Compiles `t` for this machine.
pub fn compile(
    t: &Trace,
    name: &str,
    opts: Options,
    tree: &Tree,
    disasm: bool,
) -> Result<Native, String> {
    let isa = host_isa()?;
    let mut module = JITModule::new(JITBuilder::with_isa(isa.clone(), default_libcall_names()));
    let mut ctx = module.make_context();
    ctx.set_disasm(disasm);
    ctx.func.signature = signature(isa.default_call_conv());
    let links = lower(t, &mut ctx.func, &*isa, opts, tree)?;
    let id = module
        .declare_function(name, Linkage::Local, &ctx.func.signature)
        .map_err(|e| e.to_string())?;
    module
        .define_function(id, &mut ctx)
        .map_err(|e| format!("{e:?}"))?;
    let code = ctx.compiled_code().unwrap();
    let size = code.code_buffer().len();
    let listing = code.vcode.clone();
    module.clear_context(&mut ctx);
    module.finalize_definitions().map_err(|e| e.to_string())?;
    let ptr = module.get_finalized_function(id);
    Ok(Native {
        module: Some(module),
        // SAFETY: the function was built with exactly this signature.
        entry: unsafe { std::mem::transmute::<*const u8, TraceFn>(ptr) },
        addr: ptr as usize,
        size,
        disasm: listing,
        links,
    })
}

/// Compiles `t` for AArch64 (not run; checks that lowering works for that target) and
/// returns the code size.
pub fn compile_aarch64(t: &Trace, opts: Options, tree: &Tree) -> Result<usize, String> {
    let triple: target_lexicon::Triple = "aarch64-unknown-linux-gnu".parse().unwrap();
    let mut flags = settings::builder();
    flags.set("opt_level", "speed").map_err(|e| e.to_string())?;
    let isa = isa::lookup(triple)
        .map_err(|e| e.to_string())?
        .finish(settings::Flags::new(flags))
        .map_err(|e| e.to_string())?;
    let mut ctx = Context::new();
    ctx.func.signature = signature(isa.default_call_conv());
    lower(t, &mut ctx.func, &*isa, opts, tree)?;
    let code = ctx
        .compile(&*isa, &mut ControlPlane::default())
        .map_err(|e| format!("{:?}", e.inner))?;
    Ok(code.code_buffer().len())
}

fn signature(cc: CallConv) -> Signature {
    let mut sig = Signature::new(cc);
    sig.params.push(AbiParam::new(types::I64));
    sig.params.push(AbiParam::new(types::I64));
    sig.returns.push(AbiParam::new(types::I32));
    sig
}

fn clif_ty(ty: Ty) -> types::Type {
    match ty {
        Ty::Float => types::F64,
        Ty::Bool => types::I8,
        _ => types::I64,
    }
}

struct Lower<'a, 'b> {
    b: FunctionBuilder<'a>,
    /// The trace being lowered: the root, or a side trace of the tree compiled in place.
    t: &'b Trace,
    vals: Vec<Option<CV>>,
    /// Inside the loop body: the PHI'd pre-roll values, as the loop block's parameters.
    phi: HashMap<IrRef, CV>,
    in_body: bool,
    slots: CV,
    rt: CV,
    /// Exit blocks by snapshot, region (loop body or not) and `flushed`.
    exits: HashMap<(u32, bool, bool), Block>,
    /// Past a `CALL_TRACE`, which wrote the frame (`entry` included) for the inner trace:
    /// the frame in memory is current, and exits write only their own snapshot.
    flushed: bool,
    /// The block that runs the pre-roll (a root trace jumps back to it after a side trace
    /// linked).
    restart: Block,
    layout: Layout,
    opts: Options,
    tree: &'b Tree<'b>,
    /// The current trace's id: the root's, or a side trace's compiled in place.
    id: u32,
    /// In a side trace compiled in place: the frame slots its parents' exits would have
    /// written (slot -> type and value), which its own exits write first.
    entry: BTreeMap<u32, (Ty, CV)>,
    /// Entry loads of a side trace whose value is known unboxed (IR index -> type, value).
    unboxed: HashMap<u32, (Ty, CV)>,
    /// A side trace in place may jump into the loop body (it grew from a body exit).
    link_body: bool,
    /// The memory classes the side traces in place from the root's exit down to the
    /// current one write (`opt::memory`); the loop body must not have hoisted any of them.
    chain_writes: Mem,
    /// The root's pre-roll entry loads (slot -> value).
    sloads: HashMap<u32, CV>,
    root_loop: Option<RootLoop>,
    /// The side trace in place and the (trace, exit) it hangs from.
    tree_parent: (u32, u32),
    /// How each side trace in place ended: (side, its parent and exit, why it restarts
    /// the pre-roll rather than continue the loop body, if it does).
    links: Vec<Link>,
    /// The target has a fused multiply-add instruction (`fma` is no libcall).
    native_fma: bool,
    /// The block every exit that counts itself jumps to, with its exit code and the
    /// address of its `ExitSlot` (see `exit_to`), made on first use.
    dispatch: Option<Block>,
}

/// A side trace compiled in place, and how it ends: its id, the trace and exit it hangs
/// from, and why it restarts the pre-roll rather than continue the loop body (`None`:
/// it continues the loop body).
pub type Link = (u32, (u32, u32), Option<String>);

/// What a side trace compiled in place needs to know of the root's loop to jump into it.
struct RootLoop {
    header: Block,
    /// The loop block's parameters: the PHI'd pre-roll value and its type, in order.
    phis: Vec<(IrRef, Ty)>,
    /// The slots the pre-roll wrote (slot -> value at the header).
    end: BTreeMap<u32, IrRef>,
    /// Pre-roll values the body uses (operands and snapshots).
    used: HashSet<IrRef>,
    /// The pre-roll's values.
    vals: Vec<Option<CV>>,
    /// Slots below this are the loop's state at its header.
    top: u32,
    nlocals: u32,
    /// Per PHI: a field of an object the loop stores it into each iteration (an iterator's
    /// position, a cell's value), so that at the header the PHI is what the field holds:
    /// the object (a pre-roll value) and the byte offset of the field.
    phi_field: Vec<Option<(IrRef, i32)>>,
    /// Locals dead at the header (`Trace::dead_at_header`).
    dead: Vec<u32>,
    /// Memory classes the body reads only in the pre-roll (`Trace::hoisted`).
    hoisted: Mem,
    /// Per PHI: the memory classes whose value at the header it stands for (its `imm`).
    phi_mem: Vec<Mem>,
}

fn lower(
    t: &Trace,
    func: &mut Function,
    isa: &dyn isa::TargetIsa,
    opts: Options,
    tree: &Tree,
) -> Result<Vec<Link>, String> {
    func.name = UserFuncName::user(0, 0);
    let mut fctx = FunctionBuilderContext::new();
    let mut b = FunctionBuilder::new(func, &mut fctx);
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    let (slots, rt) = (b.block_params(entry)[0], b.block_params(entry)[1]);
    let restart = b.create_block();
    b.ins().jump(restart, &[]);
    b.switch_to_block(restart);
    let mut l = Lower {
        b,
        t,
        vals: vec![None; t.ins.len()],
        phi: HashMap::new(),
        in_body: false,
        slots,
        rt,
        exits: HashMap::new(),
        flushed: false,
        restart,
        layout: *LAYOUT.get_or_init(jit_helpers::layout),
        opts,
        tree,
        id: tree.root,
        entry: BTreeMap::new(),
        unboxed: HashMap::new(),
        link_body: false,
        chain_writes: 0,
        sloads: HashMap::new(),
        root_loop: None,
        tree_parent: (0, 0),
        links: Vec::new(),
        native_fma: isa.has_native_fma(),
        dispatch: None,
    };
    l.run()?;
    l.fill_dispatch();
    l.b.seal_all_blocks();
    l.b.finalize(isa.frontend_config());
    Ok(l.links)
}

impl Lower<'_, '_> {
    fn v(&self, r: IrRef) -> CV {
        if self.in_body
            && let Some(&p) = self.phi.get(&r)
        {
            return p;
        }
        self.vals[r.idx()].expect("IR value lowered before use")
    }

    fn iconst(&mut self, x: i64) -> CV {
        self.b.ins().iconst(types::I64, x)
    }

    /// The `Value` word of IR value `r`.
    fn boxed(&mut self, r: IrRef) -> CV {
        let x = self.v(r);
        self.box_value(self.t.ty(r), x)
    }

    fn box_value(&mut self, ty: Ty, x: CV) -> CV {
        match ty {
            Ty::Int => {
                let m = self.b.ins().band_imm_s(x, PAYLOAD);
                self.b.ins().bor_imm_s(m, (TAG_INT << 48) as i64)
            }
            // A float's bits are its Value: the NaNs native code can make are the ones
            // boxed floats already use (see `pyjit_runtime::value`).
            Ty::Float => self.b.ins().bitcast(types::I64, MemFlagsData::new(), x),
            Ty::Bool => {
                let w = self.b.ins().uextend(types::I64, x);
                self.b.ins().bor_imm_s(w, (TAG_BOOL << 48) as i64)
            }
            _ => x,
        }
    }

    /// Whether word `w` holds a `want` (int or float), and its unboxed value.
    fn unbox_check(&mut self, want: Ty, w: CV) -> (CV, CV) {
        if want == Ty::Int {
            let tag = self.b.ins().ushr_imm_s(w, 48);
            let ok = self.b.ins().icmp_imm_s(IntCC::Equal, tag, TAG_INT as i64);
            let x = self.b.ins().ishl_imm_s(w, 16);
            (ok, self.b.ins().sshr_imm_s(x, 16))
        } else {
            let ok = self
                .b
                .ins()
                .icmp_imm_s(IntCC::UnsignedLessThan, w, FLOAT_LIMIT as i64);
            (ok, self.b.ins().bitcast(types::F64, MemFlagsData::new(), w))
        }
    }

    /// `x ** y` for floats: C's `pow` under guards for `float::pow`'s errors (0.0 **
    /// negative, negative ** non-integer, an infinity from finite operands).
    fn pow(&mut self, x: CV, y: CV, snap: u32) -> CV {
        let f = jit_helpers::float_pow as extern "C" fn(f64, f64) -> f64;
        self.pow_with(x, y, snap, f as usize)
    }

    /// `x ** y` through helper `f` (`float_pow`, or C's `pow` where the square-root
    /// shortcut is already known not to apply), with Python's error checks around it.
    fn pow_with(&mut self, x: CV, y: CV, snap: u32, f: usize) -> CV {
        let (r, ok) = self.pow_checked(x, y, f);
        self.guard(ok, snap);
        r
    }

    /// `x ** y` through helper `f`, and whether Python's `float ** float` would have
    /// raised instead (0.0 ** negative, negative ** non-integer, an infinity from finite
    /// operands): the result and `ok`. The helper is pure, so calling it for operands that
    /// fail is harmless.
    fn pow_checked(&mut self, x: CV, y: CV, f: usize) -> (CV, CV) {
        let zero = self.b.ins().f64const(0.0);
        let inf = self.b.ins().f64const(f64::INFINITY);
        let x0 = self.b.ins().fcmp(FloatCC::Equal, x, zero);
        let yneg = self.b.ins().fcmp(FloatCC::LessThan, y, zero);
        let ya = self.b.ins().fabs(y);
        let yfin = self.b.ins().fcmp(FloatCC::LessThan, ya, inf);
        // 0.0 ** -inf is inf: only a finite negative exponent raises.
        let bad1 = self.b.ins().band(x0, yneg);
        let bad1 = self.b.ins().band(bad1, yfin);
        let xneg = self.b.ins().fcmp(FloatCC::LessThan, x, zero);
        let yt = self.b.ins().trunc(y);
        let frac = self.b.ins().fcmp(FloatCC::NotEqual, yt, y);
        let bad2 = self.b.ins().band(xneg, yfin);
        let bad2 = self.b.ins().band(bad2, frac);
        let r = self.call(f, &[(x, types::F64), (y, types::F64)], types::F64);
        let ra = self.b.ins().fabs(r);
        let rinf = self.b.ins().fcmp(FloatCC::Equal, ra, inf);
        let xa = self.b.ins().fabs(x);
        let xfin = self.b.ins().fcmp(FloatCC::LessThan, xa, inf);
        let bad3 = self.b.ins().band(rinf, xfin);
        let bad3 = self.b.ins().band(bad3, yfin);
        let bad = self.b.ins().bor(bad1, bad2);
        let bad = self.b.ins().bor(bad, bad3);
        (r, self.b.ins().bxor_imm_s(bad, 1))
    }

    /// `x ** 0.5` (`y` is that constant): `sqrt(x)` where it is provably the double C's
    /// `pow` returns, else `pow`. The check is `float::sqrt_as_pow_half`'s, operation for
    /// operation: `x` in range, and `|x - s*s| < 0.87 * s * (the ulp below s)`.
    fn pow_half(&mut self, x: CV, y: CV, snap: u32) -> CV {
        let s = self.b.ins().sqrt(x);
        let lo = self.b.ins().f64const(float::POW_HALF_MIN);
        let hi = self.b.ins().f64const(float::POW_HALF_MAX);
        let in_lo = self.b.ins().fcmp(FloatCC::GreaterThanOrEqual, x, lo);
        let in_hi = self.b.ins().fcmp(FloatCC::LessThanOrEqual, x, hi);
        let ns = self.b.ins().fneg(s);
        let e = self.b.ins().fma(ns, s, x);
        let e = self.b.ins().fabs(e);
        let bits = self.b.ins().bitcast(types::I64, MemFlagsData::new(), s);
        let below = self.b.ins().iadd_imm_s(bits, -1);
        let exp = self.b.ins().band_imm_s(below, 0x7ff0_0000_0000_0000);
        let p2 = self.b.ins().bitcast(types::F64, MemFlagsData::new(), exp);
        let eps = self.b.ins().f64const(f64::EPSILON);
        let u = self.b.ins().fmul(p2, eps);
        let close = self.b.ins().f64const(float::POW_HALF_CLOSE);
        let t = self.b.ins().fmul(close, s);
        let t = self.b.ins().fmul(t, u);
        let near = self.b.ins().fcmp(FloatCC::LessThan, e, t);
        let ok = self.b.ins().band(in_lo, in_hi);
        let ok = self.b.ins().band(ok, near);
        let slow = self.b.create_block();
        let join = self.b.create_block();
        let r = self.b.append_block_param(join, types::F64);
        let fine = self.b.append_block_param(join, types::I8);
        let yes = self.b.ins().iconst(types::I8, 1);
        self.b.ins().brif(
            ok,
            join,
            &[BlockArg::Value(s), BlockArg::Value(yes)],
            slow,
            std::iter::empty::<&BlockArg>(),
        );
        self.b.switch_to_block(slow);
        // `float_pow` would only try the same shortcut again: call C's `pow`. The guard
        // comes after the join: an exit inside one arm of a diamond would make Cranelift
        // forget the loop it is in (see `leave_unless`).
        let f = jit_helpers::libm_pow as extern "C" fn(f64, f64) -> f64;
        let (p, pok) = self.pow_checked(x, y, f as usize);
        self.b
            .ins()
            .jump(join, &[BlockArg::Value(p), BlockArg::Value(pok)]);
        self.b.switch_to_block(join);
        self.guard(fine, snap);
        r
    }

    /// Calls helper `f` with `args` (types as given) returning `ret`.
    fn call(&mut self, f: usize, args: &[(CV, types::Type)], ret: types::Type) -> CV {
        let mut s = Signature::new(self.b.func.signature.call_conv);
        for &(_, ty) in args {
            s.params.push(AbiParam::new(ty));
        }
        s.returns.push(AbiParam::new(ret));
        let sig = self.b.import_signature(s);
        let callee = self.iconst(f as i64);
        let vals: Vec<CV> = args.iter().map(|a| a.0).collect();
        let call = self.b.ins().call_indirect(sig, callee, &vals);
        self.b.inst_results(call)[0]
    }

    /// Calls helper `f` taking and returning 64-bit words (Values, ints, pointers).
    fn call_words(&mut self, f: usize, args: &[CV]) -> CV {
        let typed: Vec<(CV, types::Type)> = args.iter().map(|&a| (a, types::I64)).collect();
        self.call(f, &typed, types::I64)
    }

    /// Calls helper `f` with `args`, no result.
    fn call_void(&mut self, f: usize, args: &[(CV, types::Type)]) {
        let mut s = Signature::new(self.b.func.signature.call_conv);
        for &(_, ty) in args {
            s.params.push(AbiParam::new(ty));
        }
        let sig = self.b.import_signature(s);
        let callee = self.iconst(f as i64);
        let vals: Vec<CV> = args.iter().map(|a| a.0).collect();
        self.b.ins().call_indirect(sig, callee, &vals);
    }

    /// `r` fits in 48 bits (sign-extending the low 48 gives it back).
    fn fits48(&mut self, r: CV) -> CV {
        let s = self.b.ins().ishl_imm_s(r, 16);
        let s = self.b.ins().sshr_imm_s(s, 16);
        self.b.ins().icmp(IntCC::Equal, s, r)
    }

    /// A new iterator of variant `tag`: the spare iterator (`Runtime::spare_iter`), taken
    /// and filled in by `fill` (given its address), or, without one, what helper `f`
    /// returns for `args`.
    fn new_iter(&mut self, tag: u8, f: usize, args: &[CV], fill: impl FnOnce(&mut Self, CV)) -> CV {
        let flags = MemFlagsData::trusted();
        let off = self.layout.spare_iter;
        let spare = self.b.ins().load(types::I64, flags, self.rt, off);
        let none = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, spare, Value::NULL.0 as i64);
        let (reuse, call, join) = (
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
        );
        self.b.append_block_param(join, types::I64);
        self.b.set_cold_block(call);
        self.branch(none, call, reuse);
        self.b.switch_to_block(call);
        let r = self.call_words(f, args);
        self.b.ins().jump(join, &[BlockArg::Value(r)]);
        self.b.switch_to_block(reuse);
        let p = self.obj_ptr(spare);
        let t = self.b.ins().iconst(types::I8, tag as i64);
        self.b.ins().store(flags, t, p, self.layout.iter_tag);
        fill(self, p);
        let null = self.iconst(Value::NULL.0 as i64);
        self.b.ins().store(flags, null, self.rt, off);
        self.b.ins().jump(join, &[BlockArg::Value(spare)]);
        self.b.switch_to_block(join);
        self.b.block_params(join)[0]
    }

    /// Guards that boxed `x` is an iterator object of variant `tag` (`PyIter` is `repr(u8)`);
    /// returns its address.
    fn guard_iter(&mut self, x: CV, tag: u8, snap: u32) -> CV {
        let flags = MemFlagsData::trusted();
        let t = self.b.ins().ushr_imm_s(x, 48);
        let ok = self.b.ins().icmp_imm_s(IntCC::Equal, t, TAG_PTR as i64);
        self.guard(ok, snap);
        let p = self.obj_ptr(x);
        // The header's first byte is the kind (`gc::Header` is repr(C)).
        let k = self.b.ins().load(types::I8, flags, p, 0);
        let ok = self.b.ins().icmp_imm_s(IntCC::Equal, k, Kind::Iter as i64);
        self.guard(ok, snap);
        let v = self.b.ins().load(types::I8, flags, p, self.layout.iter_tag);
        let ok = self.b.ins().icmp_imm_s(IntCC::Equal, v, tag as i64);
        self.guard(ok, snap);
        p
    }

    /// The word in frame slot `slot`.
    fn slot_word(&mut self, slot: u32) -> CV {
        self.b.ins().load(
            types::I64,
            MemFlagsData::trusted(),
            self.slots,
            (slot * 8) as i32,
        )
    }

    /// Branches to `yes` if `c` is nonzero, else to `no` (neither takes arguments).
    fn branch(&mut self, c: CV, yes: Block, no: Block) {
        let none = std::iter::empty::<&BlockArg>();
        self.b.ins().brif(c, yes, none.clone(), no, none);
    }

    /// Continues in `cont` if `ok` is nonzero, else leaves to `exit`, written as a branch
    /// to `exit` on the negated condition.
    ///
    /// Why the exit comes first: Cranelift's egraph elaborator hoists loop-invariant pure
    /// values out of a loop only while the loop is on its loop stack, and it pops the loop
    /// when its dominator-tree walk enters a block outside it (an exit) without pushing it
    /// back for the loop blocks visited after. The walk takes a block's children in CFG
    /// reverse postorder, where a branch's first successor comes last, so with the exit
    /// first every block of the loop is visited before any exit, and invariant values
    /// (the merged bounds `IMIN`s, object pointers) stay before the loop instead of being
    /// recomputed in every iteration.
    fn leave_unless(&mut self, ok: CV, cont: Block, exit: Block) {
        let not = self.negate(ok);
        self.branch(not, exit, cont);
    }

    /// The negation of condition `c`: the complementary compare when `c` is a compare
    /// (one instruction, fused into the branch), else `c == 0`.
    fn negate(&mut self, c: CV) -> CV {
        use cranelift_codegen::ir::{InstructionData, ValueDef};
        let dfg = &self.b.func.dfg;
        if let ValueDef::Result(inst, 0) = dfg.value_def(c) {
            match dfg.insts[inst] {
                InstructionData::IntCompare { cond, args, .. } => {
                    return self.b.ins().icmp(cond.complement(), args[0], args[1]);
                }
                InstructionData::FloatCompare { cond, args, .. } => {
                    return self.b.ins().fcmp(cond.complement(), args[0], args[1]);
                }
                _ => {}
            }
        }
        self.b.ins().icmp_imm_s(IntCC::Equal, c, 0)
    }

    fn obj_ptr(&mut self, boxed: CV) -> CV {
        self.b.ins().band_imm_s(boxed, PAYLOAD)
    }

    fn run(&mut self) -> Result<(), String> {
        let t = self.t;
        let linked = t.ins.last().is_some_and(|i| i.op == Op::LINK);
        if t.loop_start().is_none() && !linked {
            return Err("trace has neither a loop nor a link".into());
        }
        let phis: Vec<(IrRef, IrRef)> = t
            .ins
            .iter()
            .filter(|i| i.op == Op::PHI)
            .map(|i| (i.a, i.b))
            .collect();
        let header = self.b.create_block();
        for (i, ins) in t.ins.iter().enumerate() {
            let (a, b) = (ins.a, ins.b);
            let out: Option<CV> = match ins.op {
                Op::LOOP => {
                    let mut args = Vec::new();
                    for &(r, _) in &phis {
                        let p = self.b.append_block_param(header, clif_ty(t.ty(r)));
                        args.push(BlockArg::Value(self.v(r)));
                        self.phi.insert(r, p);
                    }
                    self.b.ins().jump(header, &args);
                    if !self.tree.sides.is_empty() {
                        self.root_loop = Some(RootLoop::new(
                            t,
                            i,
                            header,
                            &phis,
                            self.vals.clone(),
                            self.tree.header_depth,
                        ));
                    }
                    self.b.switch_to_block(header);
                    self.in_body = true;
                    None
                }
                Op::PHI => None,
                Op::LINK => {
                    // The trace ends at the loop header. In place in its root's function
                    // it continues the loop body if it can, else writes the frame and
                    // restarts the pre-roll; compiled alone it writes the frame and the
                    // caller runs the loop's trace next.
                    if !self.in_side() || self.tree.count_in_place {
                        self.count_exit(ins.snap);
                    }
                    if self.in_side() {
                        let link = self.link_args(ins.snap);
                        let parent = self.tree_parent;
                        self.links
                            .push((self.id, parent, link.as_ref().err().cloned()));
                        match link {
                            Ok((args, checks)) => {
                                let header = self.root_loop.as_ref().unwrap().header;
                                if let Some((&first, rest)) = checks.split_first() {
                                    // Slots the body keeps unboxed, found boxed: if one
                                    // holds another type, restart the pre-roll instead.
                                    let ok =
                                        rest.iter().fold(first, |a, &c| self.b.ins().band(a, c));
                                    let other = self.b.create_block();
                                    self.b.set_cold_block(other);
                                    self.b.ins().brif(
                                        ok,
                                        header,
                                        &args,
                                        other,
                                        std::iter::empty::<&BlockArg>(),
                                    );
                                    self.b.switch_to_block(other);
                                    self.store_slots(ins.snap);
                                    self.b.ins().jump(self.restart, &[]);
                                } else {
                                    self.b.ins().jump(header, &args);
                                }
                            }
                            Err(_) => {
                                self.store_slots(ins.snap);
                                self.b.ins().jump(self.restart, &[]);
                            }
                        }
                    } else {
                        self.store_slots(ins.snap);
                        let n = self.b.ins().iconst(types::I32, LINK as i64);
                        self.b.ins().return_(&[n]);
                    }
                    None
                }
                Op::SLOAD => {
                    let slot = ins.imm as u32;
                    match self.entry.get(&slot).copied() {
                        // A side trace in place: the parent's value, still in a register.
                        Some((ty, cv)) => {
                            if ty != Ty::Box {
                                self.unboxed.insert(i as u32, (ty, cv));
                            }
                            Some(self.box_value(ty, cv))
                        }
                        None => {
                            let w = self.slot_word(slot);
                            if !self.in_side() {
                                self.sloads.insert(slot, w);
                            }
                            Some(w)
                        }
                    }
                }
                Op::KINT => Some(self.b.ins().iconst(clif_ty(ins.ty), ins.imm as i64)),
                Op::KFLOAT => Some(self.b.ins().f64const(f64::from_bits(ins.imm))),
                Op::KBOX => Some(self.iconst(ins.imm as i64)),
                Op::UNBOX_INT | Op::UNBOX_FLOAT
                    if self.unboxed.get(&a.0).is_some_and(|u| {
                        u.0 == if ins.op == Op::UNBOX_INT {
                            Ty::Int
                        } else {
                            Ty::Float
                        }
                    }) =>
                {
                    Some(self.unboxed[&a.0].1)
                }
                Op::UNBOX_INT | Op::UNBOX_FLOAT => {
                    let x = self.v(a);
                    let (ok, raw) = self.unbox_check(ins.ty, x);
                    self.guard(ok, ins.snap);
                    Some(raw)
                }
                Op::BOX_INT | Op::BOX_FLOAT | Op::BOX_BOOL => Some(self.boxed(a)),
                Op::ADDOV | Op::SUBOV | Op::NEGOV => {
                    let x = self.v(a);
                    let r = match ins.op {
                        Op::ADDOV => {
                            let y = self.v(b);
                            self.b.ins().iadd(x, y)
                        }
                        Op::SUBOV => {
                            let y = self.v(b);
                            self.b.ins().isub(x, y)
                        }
                        _ => self.b.ins().ineg(x),
                    };
                    // Operands have 48 bits, so the i64 result is exact; check it fits 48.
                    // Adding a constant can leave the range on one side only: one compare.
                    let k = |r: IrRef| {
                        let k = self.t.get(r);
                        (k.op == Op::KINT).then_some(k.imm as i64)
                    };
                    // The compare tests the other operand against the bound moved by the
                    // constant, so the operand's register is free once the sum is made.
                    let step = match ins.op {
                        Op::ADDOV => k(b).map(|k| (a, k)).or_else(|| k(a).map(|k| (b, k))),
                        Op::SUBOV => k(b).map(|k| (a, -k)),
                        _ => None,
                    };
                    let ok = match step {
                        Some((v, k)) => {
                            let v = self.v(v);
                            let (cc, bound) = if k >= 0 {
                                (IntCC::SignedLessThanOrEqual, SMALL_INT_MAX - k)
                            } else {
                                (IntCC::SignedGreaterThanOrEqual, SMALL_INT_MIN - k)
                            };
                            self.b.ins().icmp_imm_s(cc, v, bound)
                        }
                        None => self.fits48(r),
                    };
                    self.guard(ok, ins.snap);
                    Some(r)
                }
                Op::MULOV => {
                    let (x, y) = (self.v(a), self.v(b));
                    let lo = self.b.ins().imul(x, y);
                    // A 48-bit operand times a constant of at most 15 bits cannot overflow
                    // 64 bits: only the 48-bit range needs checking.
                    let small = |r: IrRef| {
                        let k = self.t.get(r);
                        k.op == Op::KINT && (k.imm as i64).unsigned_abs() <= 1 << 15
                    };
                    let ok = if small(a) || small(b) {
                        self.fits48(lo)
                    } else {
                        let hi = self.b.ins().smulhi(x, y);
                        let sign = self.b.ins().sshr_imm_s(lo, 63);
                        let ok64 = self.b.ins().icmp(IntCC::Equal, hi, sign);
                        let ok48 = self.fits48(lo);
                        self.b.ins().band(ok64, ok48)
                    };
                    self.guard(ok, ins.snap);
                    Some(lo)
                }
                Op::FLOORDIV | Op::MOD
                    if self.t.get(b).op == Op::KINT && self.t.get(b).imm != 0 =>
                {
                    // By a nonzero constant k: Cranelift divides by multiplying; the
                    // remainder needs the floor adjustment when its sign is not k's (a
                    // nonzero remainder of the other sign), and the quotient can leave
                    // 48 bits only for k = -1.
                    let k = self.t.get(b).imm as i64;
                    let x = self.v(a);
                    let y = self.iconst(k);
                    let q = self.b.ins().sdiv(x, y);
                    let rem = self.b.ins().srem(x, y);
                    let cc = if k > 0 {
                        IntCC::SignedLessThan
                    } else {
                        IntCC::SignedGreaterThan
                    };
                    let neg = self.b.ins().icmp_imm_s(cc, rem, 0);
                    if ins.op == Op::FLOORDIV {
                        let adj = self.b.ins().uextend(types::I64, neg);
                        let q = self.b.ins().isub(q, adj);
                        if k == -1 {
                            let ok = self.fits48(q);
                            self.guard(ok, ins.snap);
                        }
                        Some(q)
                    } else {
                        let wrapped = self.b.ins().iadd_imm_s(rem, k);
                        Some(self.b.ins().select(neg, wrapped, rem))
                    }
                }
                Op::FLOORDIV | Op::MOD => {
                    let (x, y) = (self.v(a), self.v(b));
                    let nz = self.b.ins().icmp_imm_s(IntCC::NotEqual, y, 0);
                    self.guard(nz, ins.snap);
                    // Truncating division, then Python's floor adjustment when the remainder
                    // is nonzero and its sign differs from the divisor's.
                    let q = self.b.ins().sdiv(x, y);
                    let rem = self.b.ins().srem(x, y);
                    let rnz = self.b.ins().icmp_imm_s(IntCC::NotEqual, rem, 0);
                    let sx = self.b.ins().bxor(rem, y);
                    let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, sx, 0);
                    let adj = self.b.ins().band(rnz, neg);
                    let adj = self.b.ins().uextend(types::I64, adj);
                    if ins.op == Op::FLOORDIV {
                        let q = self.b.ins().isub(q, adj);
                        let ok = self.fits48(q);
                        self.guard(ok, ins.snap);
                        Some(q)
                    } else {
                        let add = self.b.ins().imul(adj, y);
                        Some(self.b.ins().iadd(rem, add))
                    }
                }
                Op::BAND | Op::BOR | Op::BXOR | Op::IADD => {
                    let (x, y) = (self.v(a), self.v(b));
                    Some(match ins.op {
                        Op::BAND => self.b.ins().band(x, y),
                        Op::BOR => self.b.ins().bor(x, y),
                        Op::BXOR => self.b.ins().bxor(x, y),
                        _ => self.b.ins().iadd(x, y),
                    })
                }
                Op::SHLOV => {
                    let (x, y) = (self.v(a), self.v(b));
                    let ok = self.b.ins().icmp_imm_s(IntCC::UnsignedLessThan, y, 48);
                    self.guard(ok, ins.snap);
                    let r = self.b.ins().ishl(x, y);
                    let back = self.b.ins().sshr(r, y);
                    let same = self.b.ins().icmp(IntCC::Equal, back, x);
                    let fits = self.fits48(r);
                    let ok = self.b.ins().band(same, fits);
                    self.guard(ok, ins.snap);
                    Some(r)
                }
                Op::SHR => {
                    let (x, y) = (self.v(a), self.v(b));
                    let ok = self
                        .b
                        .ins()
                        .icmp_imm_s(IntCC::SignedGreaterThanOrEqual, y, 0);
                    self.guard(ok, ins.snap);
                    let c63 = self.iconst(63);
                    let n = self.b.ins().umin(y, c63);
                    Some(self.b.ins().sshr(x, n))
                }
                Op::ITOF => {
                    let x = self.v(a);
                    Some(self.b.ins().fcvt_from_sint(types::F64, x))
                }
                Op::FADD | Op::FSUB | Op::FMUL => {
                    let (x, y) = (self.v(a), self.v(b));
                    Some(match ins.op {
                        Op::FADD => self.b.ins().fadd(x, y),
                        Op::FSUB => self.b.ins().fsub(x, y),
                        _ => self.b.ins().fmul(x, y),
                    })
                }
                Op::FDIV | Op::FMOD | Op::FFLOORDIV => {
                    let (x, y) = (self.v(a), self.v(b));
                    let zero = self.b.ins().f64const(0.0);
                    let nz = self.b.ins().fcmp(FloatCC::NotEqual, y, zero);
                    self.guard(nz, ins.snap);
                    Some(match ins.op {
                        Op::FDIV => self.b.ins().fdiv(x, y),
                        Op::FMOD => {
                            let f = jit_helpers::float_mod as extern "C" fn(f64, f64) -> f64;
                            self.call(f as usize, &[(x, types::F64), (y, types::F64)], types::F64)
                        }
                        _ => {
                            let f = jit_helpers::float_floordiv as extern "C" fn(f64, f64) -> f64;
                            self.call(f as usize, &[(x, types::F64), (y, types::F64)], types::F64)
                        }
                    })
                }
                Op::FPOW => {
                    let (x, y) = (self.v(a), self.v(b));
                    let k = self.t.get(b);
                    if k.op == Op::KFLOAT && k.imm == 0.5f64.to_bits() && self.native_fma {
                        Some(self.pow_half(x, y, ins.snap))
                    } else {
                        Some(self.pow(x, y, ins.snap))
                    }
                }
                Op::FNEG => {
                    let x = self.v(a);
                    Some(self.b.ins().fneg(x))
                }
                Op::LT | Op::LE | Op::EQ | Op::NE | Op::GT | Op::GE => {
                    let cc = match ins.op {
                        Op::LT => IntCC::SignedLessThan,
                        Op::LE => IntCC::SignedLessThanOrEqual,
                        Op::EQ => IntCC::Equal,
                        Op::NE => IntCC::NotEqual,
                        Op::GT => IntCC::SignedGreaterThan,
                        _ => IntCC::SignedGreaterThanOrEqual,
                    };
                    let (x, y) = (self.v(a), self.v(b));
                    Some(self.b.ins().icmp(cc, x, y))
                }
                Op::FLT | Op::FLE | Op::FEQ | Op::FNE | Op::FGT | Op::FGE => {
                    // Python's float comparisons: false with a NaN, except `!=`.
                    let cc = match ins.op {
                        Op::FLT => FloatCC::LessThan,
                        Op::FLE => FloatCC::LessThanOrEqual,
                        Op::FEQ => FloatCC::Equal,
                        Op::FNE => FloatCC::NotEqual,
                        Op::FGT => FloatCC::GreaterThan,
                        _ => FloatCC::GreaterThanOrEqual,
                    };
                    let (x, y) = (self.v(a), self.v(b));
                    Some(self.b.ins().fcmp(cc, x, y))
                }
                Op::NOT => {
                    let x = self.v(a);
                    Some(self.b.ins().bxor_imm_s(x, 1))
                }
                Op::GUARD_TRUE => {
                    let c = self.v(a);
                    self.guard(c, ins.snap);
                    None
                }
                Op::GUARD_FALSE => {
                    let c = self.v(a);
                    let ok = self.b.ins().icmp_imm_s(IntCC::Equal, c, 0);
                    self.guard(ok, ins.snap);
                    None
                }
                Op::RANGE_OK => {
                    // A range iterator whose position, stop and step (i128, low word
                    // first) are small ints: low words of 48 bits, high words their sign.
                    let x = self.v(a);
                    let p = self.guard_iter(x, self.layout.tag_range, ins.snap);
                    let l = self.layout;
                    let mut all = None;
                    for off in [l.range_cur, l.range_stop, l.range_step] {
                        let flags = MemFlagsData::trusted();
                        let lo = self.b.ins().load(types::I64, flags, p, off);
                        let hi = self.b.ins().load(types::I64, flags, p, off + 8);
                        let sign = self.b.ins().sshr_imm_s(lo, 63);
                        let ext = self.b.ins().icmp(IntCC::Equal, hi, sign);
                        let fits = self.fits48(lo);
                        let ok = self.b.ins().band(ext, fits);
                        all = Some(match all {
                            Some(prev) => self.b.ins().band(prev, ok),
                            None => ok,
                        });
                    }
                    self.guard(all.unwrap(), ins.snap);
                    None
                }
                Op::RANGE_CUR | Op::RANGE_STOP | Op::RANGE_STEP => {
                    let off = match ins.op {
                        Op::RANGE_CUR => self.layout.range_cur,
                        Op::RANGE_STOP => self.layout.range_stop,
                        _ => self.layout.range_step,
                    };
                    let x = self.v(a);
                    let p = self.obj_ptr(x);
                    // The low word of the i128 (the trace only runs while it is a small int).
                    Some(
                        self.b
                            .ins()
                            .load(types::I64, MemFlagsData::trusted(), p, off),
                    )
                }
                Op::RANGE_SET => {
                    let (x, y) = (self.v(a), self.v(b));
                    let p = self.obj_ptr(x);
                    let off = self.layout.range_cur;
                    self.b.ins().store(MemFlagsData::trusted(), y, p, off);
                    // `imm` 1: the high word is 0 already and stays so (`opt::induction`).
                    if ins.imm == 0 {
                        let hi = self.b.ins().sshr_imm_s(y, 63);
                        self.b.ins().store(MemFlagsData::trusted(), hi, p, off + 8);
                    }
                    None
                }
                Op::GUARD_KIND => {
                    let x = self.v(a);
                    let tag = self.b.ins().ushr_imm_s(x, 48);
                    let ok = self.b.ins().icmp_imm_s(IntCC::Equal, tag, TAG_PTR as i64);
                    self.guard(ok, ins.snap);
                    let p = self.obj_ptr(x);
                    // The header's first byte is the kind (`gc::Header` is repr(C)).
                    let k = self.b.ins().load(types::I8, MemFlagsData::trusted(), p, 0);
                    let ok = self.b.ins().icmp_imm_s(IntCC::Equal, k, ins.imm as i64);
                    self.guard(ok, ins.snap);
                    None
                }
                Op::SEQ_ITER_OK => {
                    // A sequence iterator over an object of kind `imm` (its `seq` is
                    // always an object).
                    let x = self.v(a);
                    let p = self.guard_iter(x, self.layout.tag_seq, ins.snap);
                    let flags = MemFlagsData::trusted();
                    let seq = self
                        .b
                        .ins()
                        .load(types::I64, flags, p, self.layout.seq_iter_seq);
                    let sp = self.obj_ptr(seq);
                    let k = self.b.ins().load(types::I8, flags, sp, 0);
                    let ok = self.b.ins().icmp_imm_s(IntCC::Equal, k, ins.imm as i64);
                    self.guard(ok, ins.snap);
                    None
                }
                Op::ENUM_OK => {
                    let x = self.v(a);
                    let f = jit_helpers::enum_iter_ok as extern "C" fn(u64) -> u64;
                    let ok = self.call_words(f as usize, &[x]);
                    self.guard(ok, ins.snap);
                    None
                }
                Op::DICT_ITER_NEXT => {
                    let x = self.v(a);
                    let m = self.iconst(ins.imm as i64);
                    let f = jit_helpers::dict_iter_peek as extern "C" fn(u64, u64) -> i64;
                    let i = self.call_words(f as usize, &[x, m]);
                    let ok = self
                        .b
                        .ins()
                        .icmp_imm_s(IntCC::SignedGreaterThanOrEqual, i, 0);
                    self.guard(ok, ins.snap);
                    Some(i)
                }
                Op::DICT_ITER_KEY | Op::DICT_ITER_VALUE => {
                    let (x, i) = (self.v(a), self.v(b));
                    let f = if ins.op == Op::DICT_ITER_KEY {
                        jit_helpers::dict_iter_key
                    } else {
                        jit_helpers::dict_iter_value
                    } as extern "C" fn(u64, u64) -> u64;
                    Some(self.call_words(f as usize, &[x, i]))
                }
                Op::DICT_ITER_SET => {
                    let (x, i) = (self.v(a), self.v(b));
                    let f = jit_helpers::dict_iter_advance as extern "C" fn(u64, u64);
                    self.call_void(f as usize, &[(x, types::I64), (i, types::I64)]);
                    None
                }
                Op::ZIP_OK => {
                    let x = self.v(a);
                    let n = self.iconst(ins.imm as i64);
                    let f = jit_helpers::zip_iter_ok as extern "C" fn(u64, u64) -> u64;
                    let ok = self.call_words(f as usize, &[x, n]);
                    self.guard(ok, ins.snap);
                    None
                }
                Op::ZIP_IT => {
                    let x = self.v(a);
                    let i = self.iconst(ins.imm as i64);
                    let f = jit_helpers::zip_iter_at as extern "C" fn(u64, u64) -> u64;
                    Some(self.call_words(f as usize, &[x, i]))
                }
                Op::ENUM_COUNT => {
                    // A small int (`ENUM_OK`, and the trace's own `ADDOV`): its payload.
                    let x = self.v(a);
                    let p = self.obj_ptr(x);
                    let off = self.layout.enum_count;
                    let w = self
                        .b
                        .ins()
                        .load(types::I64, MemFlagsData::trusted(), p, off);
                    let w = self.b.ins().ishl_imm_s(w, 16);
                    Some(self.b.ins().sshr_imm_s(w, 16))
                }
                Op::ENUM_SET_COUNT => {
                    let (x, y) = (self.v(a), self.v(b));
                    let p = self.obj_ptr(x);
                    let w = self.box_value(Ty::Int, y);
                    let off = self.layout.enum_count;
                    self.b.ins().store(MemFlagsData::trusted(), w, p, off);
                    None
                }
                Op::ITER_SEQ
                | Op::ITER_IDX
                | Op::ENUM_IT
                | Op::LIST_LEN
                | Op::LIST_ITEMS
                | Op::TUPLE_LEN
                | Op::TUPLE_ITEMS
                | Op::CELL_GET
                | Op::INST_CLS
                | Op::INST_VALUES
                | Op::FUNC_DEFAULTS => {
                    let off = match ins.op {
                        Op::ITER_SEQ => self.layout.seq_iter_seq,
                        Op::ITER_IDX => self.layout.seq_iter_idx,
                        Op::ENUM_IT => self.layout.enum_it,
                        Op::LIST_LEN => self.layout.list_len,
                        Op::LIST_ITEMS => self.layout.list_items,
                        Op::TUPLE_LEN => self.layout.tuple_len,
                        Op::TUPLE_ITEMS => self.layout.tuple_items,
                        Op::INST_CLS => self.layout.inst_cls,
                        Op::INST_VALUES => self.layout.inst_values,
                        Op::FUNC_DEFAULTS => self.layout.func_defaults,
                        _ => self.layout.cell_value,
                    };
                    let x = self.v(a);
                    let p = self.obj_ptr(x);
                    Some(
                        self.b
                            .ins()
                            .load(types::I64, MemFlagsData::trusted(), p, off),
                    )
                }
                Op::ITER_SET_IDX | Op::CELL_SET => {
                    let off = if ins.op == Op::CELL_SET {
                        self.layout.cell_value
                    } else {
                        self.layout.seq_iter_idx
                    };
                    let (x, y) = (self.v(a), self.v(b));
                    let p = self.obj_ptr(x);
                    self.b.ins().store(MemFlagsData::trusted(), y, p, off);
                    None
                }
                Op::ITEM_ADDR => {
                    let (x, y) = (self.v(a), self.v(b));
                    let off = self.b.ins().ishl_imm_s(y, 3);
                    Some(self.b.ins().iadd(x, off))
                }
                Op::LOAD_AT | Op::LOAD_AT_IMM => {
                    let x = self.v(a);
                    Some(self.b.ins().load(types::I64, MemFlagsData::trusted(), x, 0))
                }
                Op::STORE_AT | Op::DICT_STORE_AT => {
                    let (x, y) = (self.v(a), self.v(b));
                    self.b.ins().store(MemFlagsData::trusted(), y, x, 0);
                    None
                }
                Op::GLOBAL => {
                    let (d, n) = (self.v(a), self.v(b));
                    let rt = self.rt;
                    let v = if self.opts.global_caches.is_null() {
                        let f = jit_helpers::global_lookup
                            as unsafe extern "C" fn(*const pyjit_runtime::Runtime, u64, u64) -> u64;
                        self.call_words(f as usize, &[rt, d, n])
                    } else {
                        // `imm` numbers the trace's global loads (see `lib.rs`'s `finish`).
                        let f = jit_helpers::global_cached
                            as unsafe extern "C" fn(
                                *const pyjit_runtime::Runtime,
                                u64,
                                u64,
                                *mut jit_helpers::GlobalCache,
                            ) -> u64;
                        let c = self.iconst(
                            self.opts.global_caches as i64
                                + (ins.imm as usize * size_of::<jit_helpers::GlobalCache>()) as i64,
                        );
                        self.call_words(f as usize, &[rt, d, n, c])
                    };
                    let ok = self
                        .b
                        .ins()
                        .icmp_imm_s(IntCC::NotEqual, v, Value::NULL.0 as i64);
                    self.guard(ok, ins.snap);
                    Some(v)
                }
                Op::FMATH if ins.imm == 0 => {
                    // sqrt: the rule below comes down to "x < 0 raises" (a NaN stays a
                    // NaN, -0.0 gives -0.0, and only an infinity gives an infinity).
                    let x = self.v(a);
                    let zero = self.b.ins().f64const(0.0);
                    let ok = self
                        .b
                        .ins()
                        .fcmp(FloatCC::UnorderedOrGreaterThanOrEqual, x, zero);
                    self.guard(ok, ins.snap);
                    Some(self.b.ins().sqrt(x))
                }
                Op::FMATH => {
                    let x = self.v(a);
                    let f = jit_helpers::math_unary as extern "C" fn(u64, f64) -> f64;
                    let idx = self.iconst(ins.imm as i64);
                    let r = self.call(
                        f as usize,
                        &[(idx, types::I64), (x, types::F64)],
                        types::F64,
                    );
                    // The math module's error rule: a NaN from a non-NaN argument, or an
                    // infinity from a finite one, raises.
                    let r_nan = self.b.ins().fcmp(FloatCC::Unordered, r, r);
                    let x_num = self.b.ins().fcmp(FloatCC::Ordered, x, x);
                    let bad_nan = self.b.ins().band(r_nan, x_num);
                    let inf = self.b.ins().f64const(f64::INFINITY);
                    let (ra, xa) = (self.b.ins().fabs(r), self.b.ins().fabs(x));
                    let r_inf = self.b.ins().fcmp(FloatCC::Equal, ra, inf);
                    let x_fin = self.b.ins().fcmp(FloatCC::LessThan, xa, inf);
                    let bad_inf = self.b.ins().band(r_inf, x_fin);
                    let bad = self.b.ins().bor(bad_nan, bad_inf);
                    let ok = self.b.ins().bxor_imm_s(bad, 1);
                    self.guard(ok, ins.snap);
                    Some(r)
                }
                Op::FABS => {
                    let x = self.v(a);
                    Some(self.b.ins().fabs(x))
                }
                Op::FFLOOR => {
                    let x = self.v(a);
                    Some(self.b.ins().floor(x))
                }
                Op::FCEIL => {
                    let x = self.v(a);
                    Some(self.b.ins().ceil(x))
                }
                Op::IABS => {
                    let x = self.v(a);
                    let r = self.b.ins().iabs(x);
                    let ok = self.fits48(r);
                    self.guard(ok, ins.snap);
                    Some(r)
                }
                Op::IMIN | Op::IMAX => {
                    let (x, y) = (self.v(a), self.v(b));
                    Some(if ins.op == Op::IMIN {
                        self.b.ins().smin(x, y)
                    } else {
                        self.b.ins().smax(x, y)
                    })
                }
                Op::FMIN | Op::FMAX => {
                    // Python keeps the first argument unless the second compares strictly
                    // better (NaNs and signed zeros included).
                    let (x, y) = (self.v(a), self.v(b));
                    let cc = if ins.op == Op::FMIN {
                        FloatCC::LessThan
                    } else {
                        FloatCC::GreaterThan
                    };
                    let better = self.b.ins().fcmp(cc, y, x);
                    Some(self.b.ins().select(better, y, x))
                }
                Op::FTOI => {
                    // Within (-2^47 - 1, 2^47) the truncation is a small int; NaN fails too.
                    let x = self.v(a);
                    let lo = self.b.ins().f64const(-140737488355329.0);
                    let hi = self.b.ins().f64const(140737488355328.0);
                    let above = self.b.ins().fcmp(FloatCC::GreaterThan, x, lo);
                    let below = self.b.ins().fcmp(FloatCC::LessThan, x, hi);
                    let ok = self.b.ins().band(above, below);
                    self.guard(ok, ins.snap);
                    Some(self.b.ins().fcvt_to_sint_sat(types::I64, x))
                }
                Op::OBJ_LEN | Op::STR_LEN => {
                    let x = self.v(a);
                    let f = jit_helpers::obj_len as extern "C" fn(u64) -> u64;
                    Some(self.call_words(f as usize, &[x]))
                }
                Op::LIST_POP => {
                    // The helper pops only if it can; the check after it is exact, so
                    // deopt stress strikes before the effect.
                    if self.opts.stress.is_some() {
                        let yes = self.b.ins().iconst(types::I8, 1);
                        self.guard(yes, ins.snap);
                    }
                    let (x, y) = (self.v(a), self.v(b));
                    let f = jit_helpers::list_pop as extern "C" fn(u64, i64) -> u64;
                    let r = self.call_words(f as usize, &[x, y]);
                    let ok = self
                        .b
                        .ins()
                        .icmp_imm_s(IntCC::NotEqual, r, Value::NULL.0 as i64);
                    self.guard_stressed(ok, ins.snap, false);
                    Some(r)
                }
                Op::LIST_APPEND => {
                    let (x, y) = (self.v(a), self.v(b));
                    let f = jit_helpers::list_append as extern "C" fn(u64, u64);
                    self.call_void(f as usize, &[(x, types::I64), (y, types::I64)]);
                    None
                }
                Op::DICT_STR => {
                    let (d, n) = (self.v(a), self.v(b));
                    let v = if self.opts.global_caches.is_null() {
                        let f = jit_helpers::dict_str_lookup as extern "C" fn(u64, u64) -> u64;
                        self.call_words(f as usize, &[d, n])
                    } else {
                        // `imm` numbers the trace's cached loads, as for `GLOBAL`.
                        let f = jit_helpers::dict_str_cached
                            as unsafe extern "C" fn(u64, u64, *mut jit_helpers::GlobalCache) -> u64;
                        let c = self.iconst(
                            self.opts.global_caches as i64
                                + (ins.imm as usize * size_of::<jit_helpers::GlobalCache>()) as i64,
                        );
                        self.call_words(f as usize, &[d, n, c])
                    };
                    let ok = self
                        .b
                        .ins()
                        .icmp_imm_s(IntCC::NotEqual, v, Value::NULL.0 as i64);
                    self.guard(ok, ins.snap);
                    Some(v)
                }
                Op::INT_BINOP => {
                    let (x, y) = (self.v(a), self.v(b));
                    let f = jit_helpers::int_binop
                        as unsafe extern "C" fn(*mut pyjit_runtime::Runtime, u64, u64, u64) -> u64;
                    let (rt, op) = (self.rt, self.iconst(ins.imm as i64));
                    let r = self.call_words(f as usize, &[rt, op, x, y]);
                    let ok = self
                        .b
                        .ins()
                        .icmp_imm_s(IntCC::NotEqual, r, Value::NULL.0 as i64);
                    self.guard(ok, ins.snap);
                    Some(r)
                }
                Op::STR_CHAR => {
                    let (x, y) = (self.v(a), self.v(b));
                    let f = jit_helpers::str_char
                        as unsafe extern "C" fn(*mut pyjit_runtime::Runtime, u64, i64) -> u64;
                    let rt = self.rt;
                    Some(self.call_words(f as usize, &[rt, x, y]))
                }
                Op::STR_ORD => {
                    let x = self.v(a);
                    let f = jit_helpers::str_ord as extern "C" fn(u64) -> i64;
                    let r = self.call_words(f as usize, &[x]);
                    let ok = self
                        .b
                        .ins()
                        .icmp_imm_s(IntCC::SignedGreaterThanOrEqual, r, 0);
                    self.guard(ok, ins.snap);
                    Some(r)
                }
                Op::ISINSTANCE => {
                    let (x, y) = (self.v(a), self.v(b));
                    let f = jit_helpers::isinstance_prim
                        as unsafe extern "C" fn(*const pyjit_runtime::Runtime, u64, u64) -> u64;
                    let rt = self.rt;
                    let r = self.call_words(f as usize, &[rt, x, y]);
                    let ok = self.b.ins().icmp_imm_s(IntCC::NotEqual, r, 2);
                    self.guard(ok, ins.snap);
                    Some(self.b.ins().icmp_imm_s(IntCC::Equal, r, 1))
                }
                Op::DICT_SLOT => {
                    let (d, k) = (self.v(a), self.v(b));
                    let f = jit_helpers::dict_slot as extern "C" fn(u64, u64) -> u64;
                    let p = self.call_words(f as usize, &[d, k]);
                    let ok = self.b.ins().icmp_imm_s(IntCC::NotEqual, p, 0);
                    // Not failed at random: past the helper the key may be in the dict,
                    // and the interpreter would redo the insertion.
                    self.guard_stressed(ok, ins.snap, false);
                    Some(p)
                }
                Op::DICT_GET => {
                    let (d, k) = (self.v(a), self.v(b));
                    let f = jit_helpers::dict_get_prim as extern "C" fn(u64, u64) -> u64;
                    let r = self.call_words(f as usize, &[d, k]);
                    let unknown = self.iconst(jit_helpers::DICT_GET_UNKNOWN as i64);
                    let ok = self.b.ins().icmp(IntCC::NotEqual, r, unknown);
                    self.guard(ok, ins.snap);
                    Some(r)
                }
                Op::SELECT_NULL => {
                    let (x, y) = (self.v(a), self.v(b));
                    let null = self
                        .b
                        .ins()
                        .icmp_imm_s(IntCC::Equal, x, Value::NULL.0 as i64);
                    Some(self.b.ins().select(null, y, x))
                }
                Op::RANDOM => {
                    let f = jit_helpers::random_float
                        as unsafe extern "C" fn(*mut pyjit_runtime::Runtime) -> f64;
                    let rt = self.rt;
                    Some(self.call(f as usize, &[(rt, types::I64)], types::F64))
                }
                Op::RAND_BELOW => {
                    let n = self.v(a);
                    let f = jit_helpers::random_below
                        as unsafe extern "C" fn(*mut pyjit_runtime::Runtime, i64) -> i64;
                    let rt = self.rt;
                    Some(self.call_words(f as usize, &[rt, n]))
                }
                Op::STR_CHR => {
                    let x = self.v(a);
                    let f = jit_helpers::str_chr
                        as unsafe extern "C" fn(*mut pyjit_runtime::Runtime, i64) -> u64;
                    let rt = self.rt;
                    let r = self.call_words(f as usize, &[rt, x]);
                    let ok = self.b.ins().icmp_imm_s(IntCC::NotEqual, r, 0);
                    self.guard(ok, ins.snap);
                    Some(r)
                }
                Op::STR_CMP => {
                    let (x, y) = (self.v(a), self.v(b));
                    let f = jit_helpers::str_cmp as extern "C" fn(u64, u64) -> i64;
                    Some(self.call_words(f as usize, &[x, y]))
                }
                Op::STR_IN_STR => {
                    let (x, y) = (self.v(a), self.v(b));
                    let f = jit_helpers::str_in_str as extern "C" fn(u64, u64) -> u64;
                    let r = self.call_words(f as usize, &[x, y]);
                    Some(self.b.ins().icmp_imm_s(IntCC::NotEqual, r, 0))
                }
                Op::CONTAINS => {
                    let (k, c) = (self.v(a), self.v(b));
                    let f = jit_helpers::contains_prim as extern "C" fn(u64, u64) -> u64;
                    let r = self.call_words(f as usize, &[c, k]);
                    let ok = self.b.ins().icmp_imm_s(IntCC::NotEqual, r, 2);
                    self.guard(ok, ins.snap);
                    Some(self.b.ins().icmp_imm_s(IntCC::NotEqual, r, 0))
                }
                Op::DICT_ENTRY => {
                    let (d, k) = (self.v(a), self.v(b));
                    let f = jit_helpers::dict_entry as extern "C" fn(u64, u64) -> u64;
                    let p = self.call_words(f as usize, &[d, k]);
                    let ok = self.b.ins().icmp_imm_s(IntCC::NotEqual, p, 0);
                    self.guard(ok, ins.snap);
                    Some(p)
                }
                Op::INST_SHAPE | Op::TYPE_VERSION => {
                    let off = if ins.op == Op::INST_SHAPE {
                        self.layout.inst_shape
                    } else {
                        self.layout.type_version
                    };
                    let x = self.v(a);
                    let p = self.obj_ptr(x);
                    let w = self
                        .b
                        .ins()
                        .load(types::I32, MemFlagsData::trusted(), p, off);
                    Some(self.b.ins().uextend(types::I64, w))
                }
                Op::NEW_RANGE => {
                    let (x, y) = (self.v(a), self.v(b));
                    let step = self.iconst(ins.imm as i64);
                    let f = jit_helpers::new_range
                        as unsafe extern "C" fn(*mut pyjit_runtime::Runtime, i64, i64, i64) -> u64;
                    let rt = self.rt;
                    Some(self.call_words(f as usize, &[rt, x, y, step]))
                }
                Op::NEW_RANGE_ITER => {
                    let (x, y) = (self.v(a), self.v(b));
                    let step = self.iconst(ins.imm as i64);
                    let f = jit_helpers::new_range_iter
                        as unsafe extern "C" fn(*mut pyjit_runtime::Runtime, i64, i64, i64) -> u64;
                    let rt = self.rt;
                    let l = self.layout;
                    let fields = [(l.range_cur, x), (l.range_stop, y), (l.range_step, step)];
                    Some(
                        self.new_iter(l.tag_range, f as usize, &[rt, x, y, step], |lw, p| {
                            // i128 fields: the low word, then its sign.
                            for (off, v) in fields {
                                let hi = lw.b.ins().sshr_imm_s(v, 63);
                                lw.b.ins().store(MemFlagsData::trusted(), v, p, off);
                                lw.b.ins().store(MemFlagsData::trusted(), hi, p, off + 8);
                            }
                        }),
                    )
                }
                Op::ITER_RELEASE => {
                    // `Runtime::spare_iter = it` unless it holds one already.
                    let it = self.v(a);
                    let flags = MemFlagsData::trusted();
                    let off = self.layout.spare_iter;
                    let spare = self.b.ins().load(types::I64, flags, self.rt, off);
                    let none = self
                        .b
                        .ins()
                        .icmp_imm_s(IntCC::Equal, spare, Value::NULL.0 as i64);
                    let keep = self.b.ins().select(none, it, spare);
                    self.b.ins().store(flags, keep, self.rt, off);
                    None
                }
                Op::GET_ITER => {
                    let x = self.v(a);
                    let f = jit_helpers::get_iter
                        as unsafe extern "C" fn(*mut pyjit_runtime::Runtime, u64) -> u64;
                    let rt = self.rt;
                    if ins.imm == Kind::Range as u64 {
                        Some(self.call_words(f as usize, &[rt, x]))
                    } else {
                        // A list, tuple or str (`imm`): a sequence iterator at index 0.
                        let l = self.layout;
                        Some(self.new_iter(l.tag_seq, f as usize, &[rt, x], |lw, p| {
                            let flags = MemFlagsData::trusted();
                            let zero = lw.iconst(0);
                            lw.b.ins().store(flags, x, p, l.seq_iter_seq);
                            lw.b.ins().store(flags, zero, p, l.seq_iter_idx);
                        }))
                    }
                }
                Op::NEW_ENUMERATE
                | Op::NEW_ZIP
                | Op::NEW_SLICE
                | Op::GET_SLICE
                | Op::SEQ_CONCAT
                | Op::TYPE_CALL1 => {
                    let (x, y) = (self.v(a), self.v(b));
                    let f = match ins.op {
                        Op::NEW_ZIP => jit_helpers::new_zip,
                        Op::NEW_SLICE => jit_helpers::new_slice,
                        Op::GET_SLICE => jit_helpers::get_slice,
                        Op::SEQ_CONCAT => jit_helpers::seq_concat,
                        Op::TYPE_CALL1 => jit_helpers::type_call1,
                        _ => jit_helpers::new_enumerate,
                    }
                        as unsafe extern "C" fn(*mut pyjit_runtime::Runtime, u64, u64) -> u64;
                    let rt = self.rt;
                    Some(self.call_words(f as usize, &[rt, x, y]))
                }
                Op::NEW_LIST => {
                    let f = jit_helpers::new_list
                        as unsafe extern "C" fn(*mut pyjit_runtime::Runtime) -> u64;
                    let rt = self.rt;
                    Some(self.call_words(f as usize, &[rt]))
                }
                Op::LIST_TUPLE => {
                    let x = self.v(a);
                    let f = jit_helpers::list_tuple
                        as unsafe extern "C" fn(*mut pyjit_runtime::Runtime, u64) -> u64;
                    let rt = self.rt;
                    Some(self.call_words(f as usize, &[rt, x]))
                }
                Op::ITER_EXHAUST => {
                    // The iterator (checked by `SEQ_ITER_OK`) becomes `PyIter::Exhausted`,
                    // a variant without fields: only its tag changes.
                    let p = self.obj_ptr(self.v(a));
                    let tag = self
                        .b
                        .ins()
                        .iconst(types::I8, self.layout.tag_exhausted as i64);
                    self.b
                        .ins()
                        .store(MemFlagsData::trusted(), tag, p, self.layout.iter_tag);
                    None
                }
                Op::RELOAD => Some(self.slot_word(ins.imm as u32)),
                Op::CALL_TRACE => {
                    self.call_trace(ins.snap, ins.imm as usize);
                    None
                }
                Op::GC_CHECK => {
                    let off = self.layout.heap_pending;
                    let p = self
                        .b
                        .ins()
                        .load(types::I8, MemFlagsData::trusted(), self.rt, off);
                    let ok = self.b.ins().icmp_imm_s(IntCC::Equal, p, 0);
                    self.guard(ok, ins.snap);
                    None
                }
            };
            self.vals[i] = out;
        }
        if !linked {
            let args: Vec<BlockArg> = phis
                .iter()
                .map(|&(_, s)| BlockArg::Value(self.v(s)))
                .collect();
            self.b.ins().jump(header, &args);
        }
        self.fill_exits();
        Ok(())
    }
}

impl RootLoop {
    fn new(
        t: &Trace,
        loop_at: usize,
        header: Block,
        phis: &[(IrRef, IrRef)],
        vals: Vec<Option<CV>>,
        header_depth: u32,
    ) -> RootLoop {
        let mut used = HashSet::new();
        for ins in &t.ins[loop_at + 1..] {
            if ins.op == Op::PHI {
                continue;
            }
            used.extend(ins.args().filter(|r| r.idx() < loop_at));
            if ins.snap != u32::MAX {
                used.extend(t.snaps[ins.snap as usize].slots.iter().map(|e| e.1));
            }
        }
        let layout = *LAYOUT.get_or_init(jit_helpers::layout);
        let field = |op: Op| match op {
            Op::RANGE_SET => Some(layout.range_cur),
            Op::ITER_SET_IDX => Some(layout.seq_iter_idx),
            Op::CELL_SET => Some(layout.cell_value),
            _ => None,
        };
        // The last store into each (object, field) in a range of the trace.
        let last_stores = |ins: &[crate::ir::Ins]| {
            let mut last: HashMap<(IrRef, i32), IrRef> = HashMap::new();
            for i in ins {
                if let Some(off) = field(i.op) {
                    last.insert((i.a, off), i.b);
                }
            }
            last
        };
        let pre = last_stores(&t.ins[..loop_at]);
        let body = last_stores(&t.ins[loop_at + 1..]);
        let phi_field = phis
            .iter()
            .map(|&(r, s)| {
                pre.iter()
                    .find(|(k, v)| **v == r && body.get(k) == Some(&s))
                    .map(|(k, _)| *k)
            })
            .collect();
        RootLoop {
            phi_field,
            hoisted: t.hoisted,
            phi_mem: t
                .ins
                .iter()
                .filter(|i| i.op == Op::PHI)
                .map(|i| i.imm as Mem)
                .collect(),
            header,
            phis: phis.iter().map(|&(r, _)| (r, t.ty(r))).collect(),
            end: t.end_slots.iter().copied().collect(),
            used,
            vals,
            top: t.nlocals + header_depth,
            nlocals: t.nlocals,
            dead: t.dead_at_header.clone(),
        }
    }
}

/// `a` and `b` are the same value, or equal integer or float constants.
fn same_const_or_value(dfg: &cranelift_codegen::ir::DataFlowGraph, a: CV, b: CV) -> bool {
    use cranelift_codegen::ir::{InstructionData, ValueDef};
    if a == b {
        return true;
    }
    let konst = |v: CV| match dfg.value_def(v) {
        ValueDef::Result(inst, _) => match dfg.insts[inst] {
            InstructionData::UnaryImm { imm, .. } => Some((dfg.value_type(v), imm.bits() as u64)),
            InstructionData::UnaryIeee64 { imm, .. } => Some((dfg.value_type(v), imm.bits())),
            _ => None,
        },
        _ => None,
    };
    matches!((konst(a), konst(b)), (Some(x), Some(y)) if x == y)
}
