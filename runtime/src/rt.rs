//! `Runtime`: the process-wide VM state (heap, frame slot stack, builtins, types) and the
//! constructors every other module uses to make objects and exceptions.

use crate::gc::{Heap, kind_of, payload, payload_unchecked};
use crate::hashtable::DictTable;
use crate::object::*;
use crate::types::Types;
use crate::value::Value;
use crate::{PyErr, PyResult};
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use std::collections::HashMap;

/// Calls any Python callable: installed by the interpreter so builtins can call back.
pub type CallHook = fn(&mut Runtime, Value, &[Value], &[Value]) -> PyResult<Value>;

/// One activation record. Its slots are `Runtime::stack[base..]`: locals, cells and free
/// variables (`code.nlocalsplus()` of them), then the value stack.
#[derive(Clone, Copy, Debug)]
pub struct Frame {
    pub func: Value,
    pub code: Value,
    pub globals: Value,
    pub base: usize,
    /// Index of the instruction being executed (kept current when the frame is not on top
    /// and whenever an error can be raised).
    pub pc: usize,
    /// True for a frame entered from Rust: returning from it returns from the eval call.
    pub is_entry: bool,
    /// Where the caller wants the return value (the callee's callable slot).
    pub ret_at: usize,
    /// Saved value-stack pointer while this frame is not the running one.
    pub sp: usize,
    /// The namespace dict of a class body (LOAD_NAME/STORE_NAME go here), else NULL.
    pub locals: Value,
    /// The generator this frame runs, else NULL.
    pub generator: Value,
}

impl Frame {
    pub fn new(func: Value, code: Value, globals: Value, base: usize) -> Frame {
        Frame {
            func,
            code,
            globals,
            base,
            pc: 0,
            is_entry: false,
            ret_at: 0,
            sp: base,
            locals: Value::NULL,
            generator: Value::NULL,
        }
    }
}

/// Resumes a generator: `Ok(Some(v))` when it yields `v`, `Ok(None)` when it finishes (the
/// return value is in `Runtime::gen_return`). Installed by the interpreter.
pub type GenHook = fn(&mut Runtime, Value, Value) -> PyResult<Option<Value>>;

pub struct Runtime {
    pub heap: Heap,
    /// All frames' slots, contiguous. `stack[..stack_top]` are live values (GC roots).
    pub stack: Vec<Value>,
    pub stack_top: usize,
    pub frames: Vec<Frame>,
    /// Values held by Rust code across calls into Python (push, then truncate back).
    pub temp_roots: Vec<Value>,
    pub t: Types,
    pub builtins: Value,
    pub sys: Value,
    /// Imported modules by name (`sys.modules`).
    pub modules: Value,
    /// The `random` module's generator (made on first use).
    pub random: Option<Box<crate::mt::Mt19937>>,
    /// Generators of `random.Random` instances.
    pub random_pool: Vec<Option<Box<crate::mt::Mt19937>>>,
    pub interned: HashMap<Box<str>, Value>,
    pub call_hook: CallHook,
    pub gen_hook: GenHook,
    /// The value a generator returned (read after `gen_hook` answers `None`).
    pub gen_return: Value,
    /// An exception to raise inside the next resumed generator frame (`throw`, `close`).
    pub pending_throw: Option<PyErr>,
    /// The exception being handled (`sys.exc_info()`), NULL when none.
    pub exc_info: Value,
    /// Hidden classes of instances.
    pub shapes: crate::attr::Shapes,
    /// The type attribute cache (see `attr::type_lookup`).
    pub lookup_cache: Box<[crate::attr::LookupEntry]>,
    /// An iterator object that is garbage and may be reused, or `Value::NULL`. A trace puts
    /// a `for` loop's iterator here when the loop ends (the trace created it for that loop,
    /// so nothing else can reach it) and takes it back for the next iterator it needs
    /// (`jit_helpers::get_iter`), so nested loops do not allocate an iterator per outer
    /// pass. Not a root: a collection clears it first, and the object is freed then.
    pub spare_iter: Value,
    /// Interned strs of `&'static str` names, by the literal's address.
    static_names: Box<[(usize, Value)]>,
    pub next_type_version: u32,
    pub recursion_limit: usize,
    /// Depth of Rust-level recursion through containers (comparison, repr), counted with
    /// Python frames against the recursion limit as CPython does.
    pub native_depth: usize,
    /// Constant values the runtime keeps alive (cached small objects, code, modules).
    pub permanent: Vec<Value>,
    /// Every code object compiled, in compile order (all live as long as the runtime).
    pub code_objects: Vec<Value>,
    pub empty_tuple: Value,
    pub empty_str: Value,
    /// One-character strings for code points below 256, made on first use (NULL until then).
    pub latin1: Box<[Value; 256]>,
}

fn no_hook(rt: &mut Runtime, _: Value, _: &[Value], _: &[Value]) -> PyResult<Value> {
    Err(rt.new_error(rt.t.runtime_error, "no interpreter installed"))
}

fn no_gen_hook(rt: &mut Runtime, _: Value, _: Value) -> PyResult<Option<Value>> {
    Err(rt.new_error(rt.t.runtime_error, "no interpreter installed"))
}

impl Runtime {
    pub fn new(gc_stress: bool) -> Runtime {
        let mut heap = Heap::new(gc_stress);
        let t = Types::create(&mut heap);
        let builtins = heap.alloc(PyDict(DictTable::new()));
        let empty_tuple = heap.alloc(PyTuple(Box::new([])));
        let empty_str = heap.alloc(PyStr::new(String::new(), 0));
        let mut rt = Runtime {
            heap,
            stack: vec![Value::NULL; 1 << 16],
            stack_top: 0,
            frames: Vec::with_capacity(256),
            temp_roots: Vec::new(),
            t,
            builtins,
            sys: Value::NULL,
            modules: Value::NULL,
            random: None,
            random_pool: Vec::new(),
            interned: HashMap::new(),
            call_hook: no_hook,
            gen_hook: no_gen_hook,
            gen_return: Value::NONE,
            pending_throw: None,
            exc_info: Value::NULL,
            shapes: crate::attr::Shapes::default(),
            spare_iter: Value::NULL,
            lookup_cache: vec![crate::attr::LookupEntry::EMPTY; crate::attr::LOOKUP_CACHE_SIZE]
                .into_boxed_slice(),
            static_names: vec![(0, Value::NULL); 512].into_boxed_slice(),
            next_type_version: 1,
            recursion_limit: 1000,
            native_depth: 0,
            permanent: Vec::new(),
            code_objects: Vec::new(),
            empty_tuple,
            empty_str,
            latin1: Box::new([Value::NULL; 256]),
        };
        rt.modules = rt.new_dict();
        crate::builtins::install(&mut rt);
        rt
    }

    /// Collects garbage now. Call only at a safepoint (see `gc.rs`).
    pub fn collect(&mut self) {
        self.spare_iter = Value::NULL;
        let roots = self.roots();
        self.heap.collect(roots);
        self.lookup_cache.fill(crate::attr::LookupEntry::EMPTY);
    }

    /// A safe point of the interpreter (a loop back-edge or a call), reached with every
    /// live value in a root: raises KeyboardInterrupt if SIGINT arrived, else collects if
    /// a collection is due.
    pub fn safepoint(&mut self) -> crate::PyResult<()> {
        if crate::signals::take() {
            self.heap.pending = self.heap.stress;
            return Err(self.new_error_args(self.t.keyboard_interrupt, vec![]));
        }
        if self.heap.pending {
            self.collect();
        }
        Ok(())
    }

    /// Which of `candidates` are reachable from the roots right now (see `Heap::reachable`).
    pub fn reachable(&mut self, candidates: &[Value]) -> Vec<bool> {
        let roots = self.roots();
        self.heap.reachable(roots, candidates)
    }

    /// Every root of the heap (see `gc`).
    fn roots(&self) -> Vec<Value> {
        let mut roots: Vec<Value> = Vec::with_capacity(self.stack_top + 1024);
        roots.extend_from_slice(&self.stack[..self.stack_top]);
        for f in &self.frames {
            roots.extend([f.func, f.code, f.globals, f.locals, f.generator]);
        }
        roots.extend([self.gen_return, self.exc_info]);
        if let Some(e) = &self.pending_throw {
            roots.push(e.0);
        }
        roots.extend_from_slice(&self.temp_roots);
        roots.extend(self.t.all());
        roots.extend([
            self.builtins,
            self.sys,
            self.modules,
            self.empty_tuple,
            self.empty_str,
        ]);
        roots.extend(self.latin1.iter().copied().filter(|v| !v.is_null()));
        roots.extend(self.interned.values().copied());
        roots.extend_from_slice(&self.permanent);
        roots.extend_from_slice(&self.code_objects);
        roots
    }

    /// Makes sure `n` more slots exist above `from`.
    #[inline]
    pub fn ensure_stack(&mut self, from: usize, n: usize) {
        if from + n > self.stack.len() {
            let new_len = (from + n).next_power_of_two();
            self.stack.resize(new_len, Value::NULL);
        }
    }

    // ----- constructors -----

    pub fn new_str(&mut self, s: &str) -> Value {
        if s.is_empty() {
            return self.empty_str;
        }
        let chars = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        self.heap.alloc(PyStr::new(s.to_string(), chars))
    }
    pub fn new_string(&mut self, s: String) -> Value {
        if s.is_empty() {
            return self.empty_str;
        }
        let chars = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        self.heap.alloc(PyStr::new(s, chars))
    }
    /// The interned str for a name known at compile time (special method names): cached by
    /// the literal's address, so no string hashing on the hot path.
    #[inline]
    pub fn static_name(&mut self, s: &'static str) -> Value {
        let addr = s.as_ptr() as usize;
        let slot = (addr >> 3) & (self.static_names.len() - 1);
        let (a, v) = self.static_names[slot];
        if a == addr && v.is_ptr() {
            return v;
        }
        let v = self.intern(s);
        self.static_names[slot] = (addr, v);
        v
    }

    /// The one shared str object for `s` (names, attribute strings, constants).
    pub fn intern(&mut self, s: &str) -> Value {
        if let Some(&v) = self.interned.get(s) {
            return v;
        }
        let v = self.new_str(s);
        if v != self.empty_str {
            crate::gc::set_flags(v, INTERNED_STR);
        }
        self.interned.insert(s.into(), v);
        v
    }
    pub fn new_tuple(&mut self, items: Vec<Value>) -> Value {
        if items.is_empty() {
            return self.empty_tuple;
        }
        self.heap.alloc(PyTuple(items.into_boxed_slice()))
    }
    pub fn new_list(&mut self, items: Vec<Value>) -> Value {
        self.heap.alloc(PyList(items))
    }
    pub fn new_dict(&mut self) -> Value {
        self.heap.alloc(PyDict(DictTable::new()))
    }
    pub fn new_set(&mut self, frozen: bool) -> Value {
        let v = self.heap.alloc(PySet(crate::hashtable::SetTable::new()));
        if frozen {
            crate::gc::set_flags(v, FROZEN);
        }
        v
    }
    pub fn new_bigint(&mut self, b: BigInt) -> Value {
        match b.to_i64() {
            Some(i) => self.new_int(i),
            None => self.heap.alloc(PyInt::Big(b)),
        }
    }
    pub fn new_int(&mut self, i: i64) -> Value {
        match Value::try_int(i) {
            Some(v) => v,
            None => self.heap.alloc(PyInt::Medium(i)),
        }
    }
    pub fn new_int128(&mut self, i: i128) -> Value {
        match i64::try_from(i) {
            Ok(v) => self.new_int(v),
            Err(_) => self.new_bigint(BigInt::from(i)),
        }
    }
    pub fn new_builtin(&mut self, name: &'static str, func: BuiltinFn) -> Value {
        self.heap.alloc(PyBuiltin {
            name,
            func,
            bound: Value::NULL,
            owner: "",
            owner_type: Value::NULL,
        })
    }

    // ----- inspection -----

    /// `type(v)`.
    pub fn type_of(&self, v: Value) -> Value {
        if v.is_float() {
            return self.t.float;
        }
        match v.tag() {
            crate::value::TAG_INT => self.t.int,
            crate::value::TAG_BOOL => self.t.bool,
            crate::value::TAG_PTR => {
                let t = &self.t;
                match kind_of(v).unwrap() {
                    Kind::Str => t.str,
                    Kind::Int => t.int,
                    Kind::Tuple => t.tuple,
                    Kind::List => t.list,
                    Kind::Dict => t.dict,
                    Kind::Set => {
                        if crate::gc::header(v).flags & FROZEN != 0 {
                            t.frozenset
                        } else {
                            t.set
                        }
                    }
                    Kind::Range => t.range,
                    Kind::Slice => t.slice,
                    Kind::Iter => self.iter_type(v),
                    Kind::Function => t.function,
                    Kind::Code => t.code,
                    Kind::Cell => t.cell,
                    Kind::Builtin => t.builtin,
                    Kind::Type => t.type_,
                    Kind::Exception => payload_unchecked::<PyException>(v).ty,
                    Kind::Module => t.module,
                    Kind::Instance => payload_unchecked::<PyInstance>(v).cls,
                    Kind::Method => t.method,
                    Kind::ClassMethod => t.classmethod,
                    Kind::StaticMethod => t.staticmethod,
                    Kind::Property => t.property,
                    Kind::Super => t.super_,
                    Kind::Generator => t.generator,
                    Kind::File => match crate::io::methods::type_name(payload_unchecked(v)) {
                        "TextIOWrapper" => t.file,
                        "BufferedReader" => t.buffered_reader,
                        "BufferedWriter" => t.buffered_writer,
                        _ => t.buffered_random,
                    },
                    Kind::Deque => t.deque,
                    Kind::Bytes => {
                        if crate::gc::header(v).flags & MUTABLE_BYTES != 0 {
                            t.bytearray
                        } else {
                            t.bytes
                        }
                    }
                    Kind::DictView => match payload_unchecked::<PyDictView>(v).mode {
                        ViewMode::Keys => t.dict_keys,
                        ViewMode::Values => t.dict_values,
                        ViewMode::Items => t.dict_items,
                    },
                }
            }
            _ => match v {
                Value::NONE => self.t.none,
                Value::NOT_IMPLEMENTED => self.t.not_implemented,
                _ => self.t.ellipsis,
            },
        }
    }

    fn iter_type(&self, v: Value) -> Value {
        let t = &self.t;
        match payload_unchecked::<PyIter>(v) {
            PyIter::Range { .. } => t.range_iterator,
            PyIter::Seq { seq, .. } => match kind_of(*seq) {
                Some(Kind::List) => t.list_iterator,
                Some(Kind::Bytes) => t.bytes_iterator,
                Some(Kind::Str) => t.str_iterator,
                _ => t.tuple_iterator,
            },
            PyIter::Reversed { seq, .. } => {
                if kind_of(*seq) == Some(Kind::List) {
                    t.list_reverseiterator
                } else {
                    t.reversed
                }
            }
            PyIter::Dict { mode, .. } => match mode {
                ViewMode::Keys => t.dict_keyiterator,
                ViewMode::Values => t.dict_valueiterator,
                ViewMode::Items => t.dict_itemiterator,
            },
            PyIter::Set { .. } => t.set_iterator,
            PyIter::Enumerate { .. } => t.enumerate,
            PyIter::Zip { .. } => t.zip,
            PyIter::Map { .. } => t.map,
            PyIter::Filter { .. } => t.filter,
            PyIter::Callable { .. } => t.callable_iterator,
            PyIter::GetItem { .. } => t.iterator,
            PyIter::Deque { .. } => t.deque_iterator,
            PyIter::Exhausted => t.list_iterator,
        }
    }

    pub fn type_name(&self, v: Value) -> String {
        payload_unchecked::<PyType>(self.type_of(v)).name.clone()
    }

    /// Is type `sub` the same as or derived from `sup`?
    pub fn is_subtype(&self, sub: Value, sup: Value) -> bool {
        sub == sup || payload_unchecked::<PyType>(sub).mro.contains(&sup)
    }

    pub fn isinstance(&self, v: Value, ty: Value) -> bool {
        self.is_subtype(self.type_of(v), ty)
    }

    /// Enters one level of recursion in Rust code (CPython's `Py_EnterRecursiveCall`);
    /// `what` completes "maximum recursion depth exceeded{what}". Pair with `leave_recursion`.
    pub fn enter_recursion(&mut self, what: &str) -> PyResult<()> {
        if self.frames.len() + self.native_depth >= self.recursion_limit {
            return Err(self.new_error(
                self.t.recursion_error,
                format!("maximum recursion depth exceeded{what}"),
            ));
        }
        self.native_depth += 1;
        Ok(())
    }
    pub fn leave_recursion(&mut self) {
        self.native_depth -= 1;
    }

    // ----- exceptions -----

    /// A new exception instance of type `ty` with one str argument.
    pub fn new_error(&mut self, ty: Value, msg: impl AsRef<str>) -> PyErr {
        let m = self.new_str(msg.as_ref());
        self.new_error_args(ty, vec![m])
    }
    pub fn new_error_args(&mut self, ty: Value, args: Vec<Value>) -> PyErr {
        let args = self.new_tuple(args);
        PyErr(self.heap.alloc(PyException::new(ty, args)))
    }
    pub fn type_error(&mut self, msg: impl AsRef<str>) -> PyErr {
        self.new_error(self.t.type_error, msg)
    }
    pub fn value_error(&mut self, msg: impl AsRef<str>) -> PyErr {
        self.new_error(self.t.value_error, msg)
    }
    pub fn index_error(&mut self, msg: impl AsRef<str>) -> PyErr {
        self.new_error(self.t.index_error, msg)
    }
    pub fn overflow_error(&mut self, msg: impl AsRef<str>) -> PyErr {
        self.new_error(self.t.overflow_error, msg)
    }
    pub fn zero_division(&mut self, msg: impl AsRef<str>) -> PyErr {
        self.new_error(self.t.zero_division_error, msg)
    }
    pub fn attribute_error(&mut self, msg: impl AsRef<str>) -> PyErr {
        self.new_error(self.t.attribute_error, msg)
    }
    /// Records the missing `name` and where it was looked up, for "Did you mean" hints.
    pub fn with_lookup(&mut self, err: PyErr, name: Value, obj: Value) -> PyErr {
        if let Some(e) = payload::<PyException>(err.0) {
            e.name = name;
            e.obj = obj;
        }
        err
    }
    /// KeyError with a message (shown quoted, as CPython shows KeyError arguments).
    pub fn key_error_msg(&mut self, msg: &str) -> PyErr {
        let m = self.new_str(msg);
        self.key_error(m)
    }
    pub fn key_error(&mut self, key: Value) -> PyErr {
        self.new_error_args(self.t.key_error, vec![key])
    }

    /// Is `err` an instance of exception type `ty` (or a subclass)?
    pub fn err_matches(&self, err: &PyErr, ty: Value) -> bool {
        self.isinstance(err.0, ty)
    }

    // ----- small accessors -----

    pub fn str_of(&self, v: Value) -> Option<&'static str> {
        payload::<PyStr>(v).map(|s| s.s())
    }

    /// Calls any callable through the interpreter's hook.
    pub fn call(&mut self, f: Value, args: &[Value]) -> PyResult<Value> {
        (self.call_hook)(self, f, args, &[])
    }
    pub fn call_kw(&mut self, f: Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
        (self.call_hook)(self, f, args, kwnames)
    }

    pub fn module_dict(&self, module: Value) -> Value {
        payload_unchecked::<PyModule>(module).dict
    }
}
