//! Heap object kinds and their payloads. The `objects!` table is the single list of kinds:
//! the `Kind` enum, tracing and freeing are all generated from it.

use crate::code::CodeObject;
use crate::gc::{Header, Obj, Payload};
use crate::hashtable::{DictTable, SetTable};
use crate::value::Value;
use crate::{PyResult, Runtime};
use num_bigint::BigInt;

macro_rules! objects {
    ($($kind:ident => $ty:ty;)*) => {
        /// The kind tag in every object header.
        #[derive(Copy, Clone, PartialEq, Eq, Debug)]
        #[repr(u8)]
        pub enum Kind { $($kind),* }

        $(impl Payload for $ty {
            const KIND: Kind = Kind::$kind;
            fn trace(&self, out: &mut Vec<Value>) { Trace::trace(self, out) }
            fn extra_bytes(&self) -> usize { Trace::extra_bytes(self) }
        })*

        /// Approximate memory held by the object at `h` (for the collector's byte budget).
        ///
        /// # Safety
        /// `h` must point at a live object allocated by the heap.
        pub unsafe fn object_bytes(h: *mut Header) -> usize {
            // SAFETY: the kind tag says which `Obj<T>` this is.
            unsafe {
                match (*h).kind {
                    $(Kind::$kind => std::mem::size_of::<Obj<$ty>>() + Trace::extra_bytes(&(*(h as *mut Obj<$ty>)).data),)*
                }
            }
        }

        /// Pushes the references of the object at `h`.
        ///
        /// # Safety
        /// `h` must point at a live object allocated by the heap.
        pub unsafe fn trace_object(h: *mut Header, out: &mut Vec<Value>) {
            // SAFETY: the kind tag says which `Obj<T>` this is (see `Heap::alloc`).
            unsafe {
                match (*h).kind {
                    $(Kind::$kind => Trace::trace(&(*(h as *mut Obj<$ty>)).data, out),)*
                }
            }
        }

        /// Frees the object at `h`.
        ///
        /// # Safety
        /// `h` must be a live object allocated by the heap and unreachable; called once.
        pub unsafe fn free_object(h: *mut Header) {
            // SAFETY: as for `trace_object`; `Box::from_raw` matches `Heap::alloc`'s `Box::into_raw`.
            unsafe {
                match (*h).kind {
                    $(Kind::$kind => drop(Box::from_raw(h as *mut Obj<$ty>)),)*
                }
            }
        }
    };
}

objects! {
    Str => PyStr;
    Int => PyInt;
    Tuple => PyTuple;
    List => PyList;
    Dict => PyDict;
    Set => PySet;
    Range => PyRange;
    Slice => PySlice;
    Iter => PyIter;
    Function => PyFunction;
    Code => CodeObject;
    Cell => PyCell;
    Builtin => PyBuiltin;
    Type => PyType;
    Exception => PyException;
    Module => PyModule;
    DictView => PyDictView;
    Instance => PyInstance;
    Method => PyMethod;
    ClassMethod => PyClassMethod;
    StaticMethod => PyStaticMethod;
    Property => PyProperty;
    Super => PySuper;
    Generator => PyGenerator;
    File => PyFile;
    Bytes => PyBytes;
    Deque => PyDeque;
}

/// `collections.deque` (see `deque.rs`).
pub struct PyDeque {
    pub items: std::collections::VecDeque<Value>,
    pub maxlen: Option<usize>,
    /// Mutation counter: iterators stop with RuntimeError when it changes.
    pub state: u64,
}
impl Trace for PyDeque {
    fn trace(&self, out: &mut Vec<Value>) {
        out.extend(self.items.iter().copied())
    }
    fn extra_bytes(&self) -> usize {
        self.items.capacity() * 8
    }
}

/// `bytes` and `bytearray` (header flag `MUTABLE_BYTES`): a byte vector.
pub struct PyBytes(pub Vec<u8>);
pub const MUTABLE_BYTES: u8 = 2;
/// Header flag of strs made by `Runtime::intern` (the one object for their text).
pub const INTERNED_STR: u8 = 4;
impl Trace for PyBytes {
    fn trace(&self, _: &mut Vec<Value>) {}
    fn extra_bytes(&self) -> usize {
        self.0.capacity()
    }
}

/// How a payload reports the values it references and the memory it owns.
pub trait Trace {
    fn trace(&self, out: &mut Vec<Value>);
    /// Bytes owned outside the object header and payload struct.
    fn extra_bytes(&self) -> usize {
        0
    }
}

/// A str: a view of `len` bytes of UTF-8 inside an append-only shared buffer.
///
/// `a + b` (and `a += b`) appends `b` in place when `a` ends exactly where its buffer's
/// written bytes end and there is spare capacity: the result is a longer view of the same
/// buffer, so a loop that grows a string is amortized O(n) instead of O(n^2) (CPython gets
/// the same effect from resizing a string whose refcount is 1). Bytes once written never
/// change or move, so every view stays valid.
pub struct PyStr {
    ptr: *const u8,
    len: usize,
    buf: std::rc::Rc<StrBuf>,
    /// Length in code points.
    pub chars: usize,
    /// Cached hash, -1 until computed.
    pub hash: i64,
    /// For non-ASCII strings, made on first indexing: the byte offset of every
    /// `INDEX_STRIDE`-th code point, so indexing costs O(stride) instead of O(len).
    index: Option<Box<[u32]>>,
}

/// Code points between entries of a string's index.
const INDEX_STRIDE: usize = 32;

/// Backing storage of strings: `cap` bytes at `ptr`, of which `used` are written.
pub struct StrBuf {
    ptr: *mut u8,
    cap: usize,
    used: std::cell::Cell<usize>,
}

impl Drop for StrBuf {
    fn drop(&mut self) {
        if self.cap != 0 {
            // SAFETY: `ptr`/`cap` came from a `Vec<u8>` of capacity `cap` (see `from_vec`).
            unsafe { drop(Vec::from_raw_parts(self.ptr, 0, self.cap)) };
        }
    }
}

impl StrBuf {
    fn from_vec(mut v: Vec<u8>) -> StrBuf {
        let (ptr, used, cap) = (v.as_mut_ptr(), v.len(), v.capacity());
        std::mem::forget(v);
        StrBuf {
            ptr,
            cap,
            used: std::cell::Cell::new(used),
        }
    }
}

impl Trace for PyStr {
    fn trace(&self, _: &mut Vec<Value>) {}
    fn extra_bytes(&self) -> usize {
        self.len
    }
}

impl PyStr {
    pub fn new(s: String, chars: usize) -> PyStr {
        let buf = std::rc::Rc::new(StrBuf::from_vec(s.into_bytes()));
        PyStr {
            ptr: buf.ptr,
            len: buf.used.get(),
            buf,
            chars,
            hash: -1,
            index: None,
        }
    }

    /// Byte offset of code point `i` (`i <= chars`).
    pub fn byte_offset(&mut self, i: usize) -> usize {
        if self.is_ascii() {
            return i;
        }
        if i >= self.chars {
            return self.len;
        }
        if self.index.is_none() {
            let idx: Vec<u32> = self
                .s()
                .char_indices()
                .step_by(INDEX_STRIDE)
                .map(|(b, _)| b as u32)
                .collect();
            self.index = Some(idx.into_boxed_slice());
        }
        let start = self.index.as_ref().unwrap()[i / INDEX_STRIDE] as usize;
        let rest = &self.s()[start..];
        start
            + rest
                .char_indices()
                .nth(i % INDEX_STRIDE)
                .map(|(b, _)| b)
                .unwrap_or(rest.len())
    }

    #[inline(always)]
    pub fn s(&self) -> &str {
        // SAFETY: `ptr..ptr+len` lies inside `buf` (kept alive by the Rc), was written as
        // valid UTF-8 before this view was made, and written bytes are never changed.
        unsafe { std::str::from_utf8_unchecked(std::slice::from_raw_parts(self.ptr, self.len)) }
    }

    pub fn is_ascii(&self) -> bool {
        self.chars == self.len
    }

    /// `self + other`, appending into this string's buffer when it can (see the type doc).
    pub fn concat(&self, other: &str, other_chars: usize) -> PyStr {
        let total = self.len + other.len();
        let buf = &self.buf;
        // SAFETY: comparing addresses only.
        let ends_at_high_water =
            unsafe { self.ptr.add(self.len) } == unsafe { buf.ptr.add(buf.used.get()) };
        if ends_at_high_water && buf.cap - buf.used.get() >= other.len() {
            // SAFETY: the destination is unwritten capacity of `buf`, disjoint from every
            // existing view (views only cover written bytes), and `other` cannot overlap it.
            unsafe {
                std::ptr::copy_nonoverlapping(
                    other.as_ptr(),
                    buf.ptr.add(buf.used.get()),
                    other.len(),
                )
            };
            buf.used.set(buf.used.get() + other.len());
            return PyStr {
                ptr: self.ptr,
                len: total,
                buf: buf.clone(),
                chars: self.chars + other_chars,
                hash: -1,
                index: None,
            };
        }
        // Strings that grow get room to grow (only past a small size, to keep short strings tight).
        let cap = if total >= 64 { total * 2 } else { total };
        let mut v = Vec::with_capacity(cap);
        v.extend_from_slice(self.s().as_bytes());
        v.extend_from_slice(other.as_bytes());
        let nb = std::rc::Rc::new(StrBuf::from_vec(v));
        PyStr {
            ptr: nb.ptr,
            len: total,
            buf: nb,
            chars: self.chars + other_chars,
            hash: -1,
            index: None,
        }
    }
}

/// An int outside the immediate (i48) range. Never holds a value that fits in i48, and
/// `Big` never holds one that fits in i64 (normalization invariant: one representation
/// per value, so equal ints compare by representation).
pub enum PyInt {
    /// Fits in i64: arithmetic stays on machine words (one allocation, no digit vector).
    Medium(i64),
    Big(BigInt),
}
impl Trace for PyInt {
    fn trace(&self, _: &mut Vec<Value>) {}
    fn extra_bytes(&self) -> usize {
        match self {
            PyInt::Medium(_) => 0,
            PyInt::Big(b) => b.bits() as usize / 8,
        }
    }
}

pub struct PyTuple(pub Box<[Value]>);
impl Trace for PyTuple {
    fn trace(&self, out: &mut Vec<Value>) {
        out.extend_from_slice(&self.0)
    }
    fn extra_bytes(&self) -> usize {
        self.0.len() * 8
    }
}

pub struct PyList(pub Vec<Value>);
impl Trace for PyList {
    fn trace(&self, out: &mut Vec<Value>) {
        out.extend_from_slice(&self.0)
    }
    fn extra_bytes(&self) -> usize {
        self.0.capacity() * 8
    }
}

pub struct PyDict(pub DictTable<Value, Value>);
impl Trace for PyDict {
    fn trace(&self, out: &mut Vec<Value>) {
        for (k, v) in self.0.iter() {
            out.push(k);
            out.push(*v);
        }
    }
    fn extra_bytes(&self) -> usize {
        self.0.entries_len() * 32
    }
}

/// `set` and `frozenset` (header flag `FROZEN`).
pub struct PySet(pub SetTable<Value>);
pub const FROZEN: u8 = 1;
impl Trace for PySet {
    fn trace(&self, out: &mut Vec<Value>) {
        out.extend(self.0.iter())
    }
    fn extra_bytes(&self) -> usize {
        self.0.table_size() * 16
    }
}

/// `range`: bounds are i128, so ranges over big ints (up to 2**127) work; `len` must fit
/// in i64 as in CPython.
pub struct PyRange {
    pub start: i128,
    pub stop: i128,
    pub step: i128,
}
impl Trace for PyRange {
    fn trace(&self, _: &mut Vec<Value>) {}
}
impl PyRange {
    /// The length, saturating at `i128::MAX` (callers check it fits where CPython would).
    pub fn len(&self) -> i128 {
        if self.step > 0 && self.start < self.stop {
            (self.stop - self.start - 1) / self.step + 1
        } else if self.step < 0 && self.start > self.stop {
            (self.start - self.stop - 1) / (-self.step) + 1
        } else {
            0
        }
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

pub struct PySlice {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}
impl Trace for PySlice {
    fn trace(&self, out: &mut Vec<Value>) {
        out.extend([self.start, self.stop, self.step])
    }
}

/// Iterator objects of the builtin containers and iterator builtins. `repr(u8)`: the
/// variant's tag is the payload's first byte, so native trace code can test it
/// (`jit_helpers::Layout::iter_tag`).
#[repr(u8)]
pub enum PyIter {
    Range {
        cur: i128,
        stop: i128,
        step: i128,
    },
    /// list, tuple, str (by code point index).
    Seq {
        seq: Value,
        idx: usize,
    },
    Reversed {
        seq: Value,
        idx: usize,
    },
    /// `len` is the dict's size when iteration began; `remaining` counts the entries still
    /// expected (finding one more means keys changed: CPython's check).
    Dict {
        dict: Value,
        idx: usize,
        mode: ViewMode,
        len: usize,
        remaining: usize,
    },
    Set {
        set: Value,
        idx: usize,
        len: usize,
    },
    Enumerate {
        it: Value,
        count: Value,
    },
    Zip {
        its: Vec<Value>,
        /// `zip(..., strict=True)`: unequal lengths raise ValueError.
        strict: bool,
    },
    /// `map(func, *iterables)`: lazy; stops at the shortest iterable.
    Map {
        func: Value,
        its: Vec<Value>,
    },
    /// `iter(callable, sentinel)`: calls until the result equals the sentinel.
    Callable {
        func: Value,
        sentinel: Value,
    },
    /// `filter(func_or_None, iterable)`.
    Filter {
        func: Value,
        it: Value,
    },
    /// A deque; `state` is the deque's mutation counter when iteration began.
    Deque {
        deque: Value,
        idx: usize,
        state: u64,
    },
    /// Old-style iteration over an object with `__getitem__` (until IndexError).
    GetItem {
        obj: Value,
        idx: usize,
    },
    /// `iter(callable, sentinel)`-free builtins finish here.
    Exhausted,
}
impl Trace for PyIter {
    fn trace(&self, out: &mut Vec<Value>) {
        match self {
            PyIter::Seq { seq, .. } | PyIter::Reversed { seq, .. } => out.push(*seq),
            PyIter::Dict { dict, .. } => out.push(*dict),
            PyIter::Set { set, .. } => out.push(*set),
            PyIter::Enumerate { it, count } => out.extend([*it, *count]),
            PyIter::Zip { its, .. } => out.extend_from_slice(its),
            PyIter::Map { func, its } => {
                out.push(*func);
                out.extend_from_slice(its)
            }
            PyIter::Filter { func, it } => out.extend([*func, *it]),
            PyIter::Callable { func, sentinel } => out.extend([*func, *sentinel]),
            PyIter::GetItem { obj, .. } => out.push(*obj),
            PyIter::Deque { deque, .. } => out.push(*deque),
            PyIter::Range { .. } | PyIter::Exhausted => {}
        }
    }
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum ViewMode {
    Keys,
    Values,
    Items,
}

pub struct PyDictView {
    pub dict: Value,
    pub mode: ViewMode,
}
impl Trace for PyDictView {
    fn trace(&self, out: &mut Vec<Value>) {
        out.push(self.dict)
    }
}

pub struct PyFunction {
    pub code: Value,
    pub globals: Value,
    /// Tuple of positional defaults, or NULL.
    pub defaults: Value,
    /// Dict of keyword-only defaults, or NULL.
    pub kwdefaults: Value,
    /// Tuple of cells, or NULL.
    pub closure: Value,
    pub name: Value,
    pub qualname: Value,
    /// Attributes set on the function (`f.cache = {}`), a dict or NULL.
    pub dict: Value,
}
impl Trace for PyFunction {
    fn trace(&self, out: &mut Vec<Value>) {
        out.extend([
            self.dict,
            self.code,
            self.globals,
            self.defaults,
            self.kwdefaults,
            self.closure,
            self.name,
            self.qualname,
        ])
    }
}

pub struct PyCell(pub Value);
impl Trace for PyCell {
    fn trace(&self, out: &mut Vec<Value>) {
        out.push(self.0)
    }
}

/// Signature of every builtin function and method: positional args are `args[..args.len() -
/// kwnames.len()]`, keyword values follow, named by `kwnames` (str values). Methods receive
/// `self` as `args[0]`.
pub type BuiltinFn = fn(&mut Runtime, &[Value], &[Value]) -> PyResult<Value>;

pub struct PyBuiltin {
    pub name: &'static str,
    pub func: BuiltinFn,
    /// `self` for a bound builtin method (`"x".join`), else NULL.
    pub bound: Value,
    /// Type name for methods (used in `repr`), or "" for functions.
    pub owner: &'static str,
    /// The type whose method this is (NULL for functions): `self` must be an instance of it
    /// (the method reads `self`'s payload unchecked).
    pub owner_type: Value,
}
impl Trace for PyBuiltin {
    fn trace(&self, out: &mut Vec<Value>) {
        out.push(self.owner_type);
        out.push(self.bound)
    }
}

/// A type object: builtin (`int`, `list`, ...) or a class made by a `class` statement.
///
/// **Version tags.** `version` changes whenever the type's dict or the dict of any type in
/// its MRO changes (`setattr` on a class bumps the class and, recursively, its subclasses).
/// A cache for anything looked up through the type (a method, a class attribute, "no
/// `__getattr__`", "attribute `x` is not a data descriptor") records `version` and is valid
/// while `type.version == recorded`. Instance attribute positions are validated separately
/// by the instance's shape id (see `Shapes`).
pub struct PyType {
    pub name: String,
    pub qualname: String,
    /// The first base, or NULL for `object`.
    pub base: Value,
    /// `__bases__`.
    pub bases: Vec<Value>,
    /// `__mro__`: this type first, `object` last (C3 linearization).
    pub mro: Vec<Value>,
    /// Attributes: methods of builtin types are `Builtin` values here.
    pub dict: Value,
    /// The builtin constructor (`int(x)`, `list(it)`), if the type is callable.
    pub new: Option<BuiltinFn>,
    /// Made by a `class` statement (attributes may be set, instances are `Instance`s).
    pub heap: bool,
    pub version: u32,
    /// The builtin type whose instances carry the data of this class's instances:
    /// `object`, `BaseException`, or a builtin container/number type (see `PyInstance`).
    pub solid: Value,
    /// `__slots__` (all names along the MRO) when no class in the MRO has a `__dict__`.
    pub slots: Option<Vec<Value>>,
    /// Direct subclasses (for version invalidation).
    pub subclasses: Vec<Value>,
}
impl Trace for PyType {
    fn trace(&self, out: &mut Vec<Value>) {
        out.extend([self.base, self.dict, self.solid]);
        out.extend_from_slice(&self.bases);
        out.extend_from_slice(&self.mro);
        out.extend_from_slice(&self.subclasses);
        if let Some(s) = &self.slots {
            out.extend_from_slice(s);
        }
    }
}

/// An instance of a class. Attributes live in `values`, laid out by the shape `shape` (a
/// hidden class: the ordered attribute names, shared by every object that got the same
/// attributes in the same order). After a deletion or very many attributes the instance
/// switches to dict mode: `shape == DICT_SHAPE` and attributes live in `dict`.
///
/// Instances of subclasses of builtin types (`class Stack(list)`) keep the builtin value in
/// `base_value`; builtin methods and operations act on it.
pub struct PyInstance {
    pub cls: Value,
    pub shape: u32,
    pub values: Vec<Value>,
    pub dict: Value,
    pub base_value: Value,
}
pub const DICT_SHAPE: u32 = u32::MAX;
impl Trace for PyInstance {
    fn trace(&self, out: &mut Vec<Value>) {
        out.extend([self.cls, self.dict, self.base_value]);
        out.extend_from_slice(&self.values);
    }
    fn extra_bytes(&self) -> usize {
        self.values.capacity() * 8
    }
}

/// A bound method: `obj.method` outside a call.
pub struct PyMethod {
    pub func: Value,
    pub slf: Value,
}
impl Trace for PyMethod {
    fn trace(&self, out: &mut Vec<Value>) {
        out.extend([self.func, self.slf])
    }
}

pub struct PyClassMethod(pub Value);
impl Trace for PyClassMethod {
    fn trace(&self, out: &mut Vec<Value>) {
        out.push(self.0)
    }
}

pub struct PyStaticMethod(pub Value);
impl Trace for PyStaticMethod {
    fn trace(&self, out: &mut Vec<Value>) {
        out.push(self.0)
    }
}

/// `property(fget, fset, fdel, doc)`; absent functions are NONE.
pub struct PyProperty {
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    pub doc: Value,
}
impl Trace for PyProperty {
    fn trace(&self, out: &mut Vec<Value>) {
        out.extend([self.fget, self.fset, self.fdel, self.doc])
    }
}

/// `super(ty, obj)`: lookups start after `ty` in the MRO of `start` (obj's type, or obj
/// itself when obj is a type).
pub struct PySuper {
    pub ty: Value,
    pub obj: Value,
    pub start: Value,
}
impl Trace for PySuper {
    fn trace(&self, out: &mut Vec<Value>) {
        out.extend([self.ty, self.obj, self.start])
    }
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum GenState {
    Created,
    Suspended,
    Running,
    Finished,
}

/// A generator: a suspended frame. While suspended, the frame's slots (locals, cells, and
/// the value stack up to `sp`) are kept here; resuming copies them back onto the frame stack.
pub struct PyGenerator {
    pub func: Value,
    pub code: Value,
    pub globals: Value,
    pub slots: Vec<Value>,
    pub pc: usize,
    pub state: GenState,
    pub name: Value,
    pub qualname: Value,
    /// Set when a `throw` delegated by `yield from` finished this generator: the value the
    /// delegating generator's next SEND receives (one-shot; NULL otherwise).
    pub pending_return: Value,
}
impl Trace for PyGenerator {
    fn trace(&self, out: &mut Vec<Value>) {
        out.extend([
            self.func,
            self.code,
            self.globals,
            self.name,
            self.qualname,
            self.pending_return,
        ]);
        out.extend_from_slice(&self.slots);
    }
    fn extra_bytes(&self) -> usize {
        self.slots.capacity() * 8
    }
}

pub struct PyException {
    pub ty: Value,
    pub args: Value,
    /// `__cause__` / `__context__` (NULL when unset), `__suppress_context__`.
    pub cause: Value,
    pub context: Value,
    pub suppress_context: bool,
    /// Attributes set on the exception (user exception classes), a dict or NULL.
    pub dict: Value,
    /// (code object, line) from the raise point outward: most recent call last when reversed.
    pub traceback: Vec<(Value, u32)>,
    /// NameError/AttributeError: the missing name, and where it was looked up (the globals
    /// dict, or the object): what "Did you mean" suggestions are computed from. Else NULL.
    pub name: Value,
    pub obj: Value,
}
impl PyException {
    pub fn new(ty: Value, args: Value) -> PyException {
        PyException {
            ty,
            args,
            traceback: Vec::new(),
            name: Value::NULL,
            obj: Value::NULL,
            cause: Value::NULL,
            context: Value::NULL,
            suppress_context: false,
            dict: Value::NULL,
        }
    }
}
impl Trace for PyException {
    fn trace(&self, out: &mut Vec<Value>) {
        out.extend([
            self.ty,
            self.args,
            self.name,
            self.obj,
            self.cause,
            self.context,
            self.dict,
        ]);
        out.extend(self.traceback.iter().map(|t| t.0));
    }
}

pub struct PyModule {
    pub name: Value,
    pub dict: Value,
}

pub use crate::io::PyFile;

impl Trace for PyModule {
    fn trace(&self, out: &mut Vec<Value>) {
        out.extend([self.name, self.dict])
    }
}

impl Trace for CodeObject {
    fn trace(&self, out: &mut Vec<Value>) {
        out.extend_from_slice(&self.consts);
        out.extend_from_slice(&self.names);
        out.extend_from_slice(&self.localsplus_names);
        out.extend([self.name, self.qualname, self.filename]);
        // SAFETY: tracing runs between instructions, when no cache reference is held.
        out.extend(self.cache.iter().map(|c| unsafe { (*c.get()).obj }));
    }
}
