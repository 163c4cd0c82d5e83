//! What native trace code needs from the runtime: object layouts it reads directly (found
//! once at start-up, with `offset_of!` or by probing a live value, never assumed) and the
//! `extern "C"` helpers it calls. Helpers here never run Python code, never collect and never
//! raise: a trace calls them with values in registers the collector cannot see.

use crate::float;
use crate::gc::{Obj, payload};
use crate::object::{
    BuiltinFn, Kind, PyBuiltin, PyBytes, PyCell, PyDict, PyFunction, PyInstance, PyIter, PyList,
    PySet, PyStr, PyTuple, PyType,
};
use crate::rt::Runtime;
use crate::value::Value;
use std::mem::offset_of;

#[cfg(not(target_endian = "little"))]
compile_error!("traces store i128 range state as two little-endian words");

/// Byte offsets native code uses.
#[derive(Clone, Copy, Debug)]
pub struct Layout {
    /// `PyIter::Range`'s `cur`, `stop` and `step` (i128 each, low word first), from the
    /// object's header address.
    pub range_cur: i32,
    pub range_stop: i32,
    pub range_step: i32,
    /// `Runtime::heap.pending` (a bool) from the runtime's address.
    pub heap_pending: i32,
    /// `Runtime::spare_iter` (a Value) from the runtime's address.
    pub spare_iter: i32,
    /// A `PyIter`'s variant tag (a byte), and its values for range, sequence and exhausted
    /// iterators.
    pub iter_tag: i32,
    pub tag_range: u8,
    pub tag_seq: u8,
    pub tag_exhausted: u8,
    /// A list's item pointer and length (words of its `Vec`), from the header address.
    pub list_items: i32,
    pub list_len: i32,
    /// A tuple's item pointer and length (words of its boxed slice).
    pub tuple_items: i32,
    pub tuple_len: i32,
    /// `PyIter::Seq`'s `seq` (a Value) and `idx` (a usize).
    pub seq_iter_seq: i32,
    pub seq_iter_idx: i32,
    /// `PyIter::Enumerate`'s `it` and `count` (Values).
    pub enum_it: i32,
    pub enum_count: i32,
    /// A cell's contents.
    pub cell_value: i32,
    /// An instance's class (a Value), shape number (u32) and value array pointer.
    pub inst_cls: i32,
    pub inst_shape: i32,
    pub inst_values: i32,
    /// A type's version (u32).
    pub type_version: i32,
    /// A function's positional defaults (a Value: a tuple or NULL).
    pub func_defaults: i32,
}

/// Byte offsets of the data pointer and the length among the words of `w`, a value made
/// of pointer-sized words holding `ptr`, `len` and maybe a capacity different from both.
fn find_words(w: &[usize], ptr: usize, len: usize) -> (i32, i32) {
    let p = w.iter().position(|&x| x == ptr).expect("pointer word");
    let l = w.iter().position(|&x| x == len).expect("length word");
    ((p * 8) as i32, (l * 8) as i32)
}

/// The variant tag of `it`.
fn iter_tag(it: &PyIter) -> u8 {
    // SAFETY: `PyIter` is `repr(u8)`, so its first byte is the tag, initialized in every
    // value.
    unsafe { *(it as *const PyIter as *const u8) }
}

/// Finds the layouts. Field offsets inside an enum variant are not nameable with
/// `offset_of!`, so they are measured on a probe value: taking the address of a field
/// through a reference is well defined, whatever layout rustc chose.
pub fn layout() -> Layout {
    let probe = PyIter::Range {
        cur: 1,
        stop: 2,
        step: 3,
    };
    let base = &probe as *const PyIter as usize;
    let PyIter::Range { cur, stop, step } = &probe else {
        unreachable!()
    };
    let off = |f: &i128| (f as *const i128 as usize - base + offset_of!(Obj<PyIter>, data)) as i32;
    let mut v: Vec<Value> = Vec::with_capacity(11);
    v.extend([Value::NONE; 3]);
    assert_eq!(std::mem::size_of::<Vec<Value>>(), 24);
    // SAFETY: a Vec is three initialized pointer-sized words (pointer, capacity, length in
    // some order); they are only compared, never used as a Vec.
    let words: [usize; 3] = unsafe { std::mem::transmute_copy(&v) };
    let (list_items, list_len) = find_words(&words, v.as_ptr() as usize, 3);
    let b: Box<[Value]> = vec![Value::NONE; 5].into_boxed_slice();
    assert_eq!(std::mem::size_of::<Box<[Value]>>(), 16);
    // SAFETY: a boxed slice is a pointer and a length, both initialized words.
    let words: [usize; 2] = unsafe { std::mem::transmute_copy(&b) };
    let (tuple_items, tuple_len) = find_words(&words, b.as_ptr() as usize, 5);
    let list_data = offset_of!(Obj<PyList>, data) as i32;
    let tuple_data = offset_of!(Obj<PyTuple>, data) as i32;
    let seq_probe = PyIter::Seq {
        seq: Value::NONE,
        idx: 0,
    };
    let sbase = &seq_probe as *const PyIter as usize;
    let PyIter::Seq { seq, idx } = &seq_probe else {
        unreachable!()
    };
    let iter_data = offset_of!(Obj<PyIter>, data);
    let enum_probe = PyIter::Enumerate {
        it: Value::NONE,
        count: Value::NONE,
    };
    let ebase = &enum_probe as *const PyIter as usize;
    let PyIter::Enumerate { it, count } = &enum_probe else {
        unreachable!()
    };
    let field = |f: &Value| (f as *const Value as usize - ebase + iter_data) as i32;
    let (enum_it, enum_count) = (field(it), field(count));
    let inst = PyInstance {
        cls: Value::NONE,
        shape: 0,
        values: v,
        dict: Value::NULL,
        base_value: Value::NULL,
    };
    // SAFETY: as for `words` above; the Vec moved into `inst` is not touched.
    let vwords: [usize; 3] = unsafe { std::mem::transmute_copy(&inst.values) };
    let (inst_items, _) = find_words(&vwords, inst.values.as_ptr() as usize, 3);
    let inst_data = offset_of!(Obj<PyInstance>, data);
    Layout {
        inst_cls: (inst_data + offset_of!(PyInstance, cls)) as i32,
        inst_shape: (inst_data + offset_of!(PyInstance, shape)) as i32,
        inst_values: (inst_data + offset_of!(PyInstance, values)) as i32 + inst_items,
        type_version: (offset_of!(Obj<PyType>, data) + offset_of!(PyType, version)) as i32,
        func_defaults: (offset_of!(Obj<PyFunction>, data) + offset_of!(PyFunction, defaults))
            as i32,
        list_items: list_data + list_items,
        list_len: list_data + list_len,
        tuple_items: tuple_data + tuple_items,
        tuple_len: tuple_data + tuple_len,
        seq_iter_seq: (seq as *const Value as usize - sbase + iter_data) as i32,
        seq_iter_idx: (idx as *const usize as usize - sbase + iter_data) as i32,
        enum_it,
        enum_count,
        cell_value: offset_of!(Obj<PyCell>, data) as i32,
        range_cur: off(cur),
        range_stop: off(stop),
        range_step: off(step),
        heap_pending: (offset_of!(Runtime, heap) + offset_of!(crate::gc::Heap, pending)) as i32,
        spare_iter: offset_of!(Runtime, spare_iter) as i32,
        iter_tag: iter_data as i32,
        tag_range: iter_tag(&probe),
        tag_seq: iter_tag(&seq_probe),
        tag_exhausted: iter_tag(&PyIter::Exhausted),
    }
}

fn small(x: i128) -> bool {
    i64::try_from(x).is_ok_and(Value::fits_small)
}

/// 1 if `it` is a range iterator whose position, stop and step are all small ints (so a
/// trace may step it in i64 arithmetic), else 0.
pub extern "C" fn range_iter_ok(it: u64) -> u64 {
    match payload::<PyIter>(Value(it)) {
        Some(PyIter::Range { cur, stop, step }) => {
            (small(*cur) && small(*stop) && small(*step)) as u64
        }
        _ => 0,
    }
}

/// Python's float `%` (the caller has checked `b != 0`).
pub extern "C" fn float_mod(a: f64, b: f64) -> f64 {
    float::divmod_f(a, b).1
}

/// Python's float `//` (the caller has checked `b != 0`).
pub extern "C" fn float_floordiv(a: f64, b: f64) -> f64 {
    float::divmod_f(a, b).0
}

/// The value of global `name` (a str) as `LOAD_GLOBAL` finds it: in `globals`, else in the
/// builtins; `NULL` if neither has it. Reads two dicts; runs no Python code (str keys
/// compare by contents, other keys only by identity).
///
/// # Safety
/// `rt` points to the live runtime; `globals` is a dict and `name` a str.
pub unsafe extern "C" fn global_lookup(rt: *const Runtime, globals: u64, name: u64) -> u64 {
    // SAFETY: the trace passes the runtime it runs in; this only reads `builtins`.
    let builtins = unsafe { (*rt).builtins };
    for d in [Value(globals), builtins] {
        if let Some(i) = crate::attr::dict_index_str(d, Value(name))
            && let Some((_, v)) = crate::gc::payload_unchecked::<crate::object::PyDict>(d)
                .0
                .entry_at(i)
        {
            return v.0;
        }
    }
    Value::NULL.0
}

/// Where one `LOAD_GLOBAL` of a trace found its name last time, so that the next lookup
/// reads the entry directly while neither dict's layout changed (as the interpreter's
/// `LOAD_GLOBAL_MODULE` / `LOAD_GLOBAL_BUILTIN` caches do).
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct GlobalCache {
    /// The globals dict's layout version when filled (`u64::MAX`: empty).
    gver: u64,
    /// The entry index, in the builtins if `builtin`.
    index: u64,
    builtin: u64,
    /// For a builtin: the globals' entry count and the builtins' layout version.
    glen: u64,
    bver: u64,
}

impl Default for GlobalCache {
    fn default() -> GlobalCache {
        GlobalCache {
            gver: u64::MAX,
            index: 0,
            builtin: 0,
            glen: 0,
            bver: 0,
        }
    }
}

/// `global_lookup` through a cache: the entry the cache points at while both dicts keep
/// their layouts (a global deleted leaves an empty entry: looked up again); else looks the
/// name up and fills the cache.
///
/// # Safety
/// As `global_lookup`; `cache` points to a live `GlobalCache` used for this name and
/// globals dict only.
pub unsafe extern "C" fn global_cached(
    rt: *const Runtime,
    globals: u64,
    name: u64,
    cache: *mut GlobalCache,
) -> u64 {
    // SAFETY: as `global_lookup`; the cache belongs to this call site.
    let (builtins, c) = unsafe { ((*rt).builtins, &mut *cache) };
    let g = &crate::gc::payload_unchecked::<PyDict>(Value(globals)).0;
    let b = &crate::gc::payload_unchecked::<PyDict>(builtins).0;
    if c.gver == g.layout_version() {
        let hit = if c.builtin == 0 {
            g.entry_at(c.index as usize)
        } else if c.glen == g.entries_len() as u64 && c.bver == b.layout_version() {
            b.entry_at(c.index as usize)
        } else {
            None
        };
        if let Some((_, v)) = hit {
            return v.0;
        }
    }
    if let Some(i) = crate::attr::dict_index_str(Value(globals), Value(name))
        && let Some((_, v)) = g.entry_at(i)
    {
        *c = GlobalCache {
            gver: g.layout_version(),
            index: i as u64,
            builtin: 0,
            glen: 0,
            bver: 0,
        };
        return v.0;
    }
    if let Some(i) = crate::attr::dict_index_str(builtins, Value(name))
        && let Some((_, v)) = b.entry_at(i)
    {
        *c = GlobalCache {
            gver: g.layout_version(),
            index: i as u64,
            builtin: 1,
            glen: g.entries_len() as u64,
            bver: b.layout_version(),
        };
        return v.0;
    }
    Value::NULL.0
}

/// `dict_str_lookup` through a cache: the entry the cache points at while the dict keeps
/// its layout (a key deleted leaves an empty entry: looked up again).
///
/// # Safety
/// `cache` points to a live `GlobalCache` used for this dict and key only.
pub unsafe extern "C" fn dict_str_cached(dict: u64, key: u64, cache: *mut GlobalCache) -> u64 {
    // SAFETY: the cache belongs to this call site.
    let c = unsafe { &mut *cache };
    let d = &crate::gc::payload_unchecked::<PyDict>(Value(dict)).0;
    if c.gver == d.layout_version()
        && let Some((_, v)) = d.entry_at(c.index as usize)
    {
        return v.0;
    }
    match crate::attr::dict_index_str(Value(dict), Value(key)) {
        Some(i) => match d.entry_at(i) {
            Some((_, v)) => {
                *c = GlobalCache {
                    gver: d.layout_version(),
                    index: i as u64,
                    ..GlobalCache::default()
                };
                v.0
            }
            None => Value::NULL.0,
        },
        None => Value::NULL.0,
    }
}

/// `dict[key]` for a str `key`, or `NULL` if absent (a module attribute, `LOAD_ATTR_MODULE`).
/// Runs no Python code: str keys compare by contents.
pub extern "C" fn dict_str_lookup(dict: u64, key: u64) -> u64 {
    crate::attr::dict_index_str(Value(dict), Value(key))
        .and_then(|i| {
            crate::gc::payload_unchecked::<PyDict>(Value(dict))
                .0
                .entry_at(i)
                .map(|(_, v)| v.0)
        })
        .unwrap_or(Value::NULL.0)
}

/// `len(v)` of a str, bytes, list, tuple, dict or set.
pub fn len_of(v: Value) -> usize {
    use crate::gc::payload_unchecked as p;
    match crate::gc::kind_of(v) {
        Some(Kind::List) => p::<PyList>(v).0.len(),
        Some(Kind::Tuple) => p::<PyTuple>(v).0.len(),
        _ => obj_len(v.0) as usize,
    }
}

/// `len(v)` of a str, bytes, dict or set (the trace guards the kind first).
pub extern "C" fn obj_len(v: u64) -> u64 {
    use crate::gc::payload_unchecked as p;
    let v = Value(v);
    (match crate::gc::kind_of(v) {
        Some(Kind::Str) => p::<PyStr>(v).chars,
        Some(Kind::Bytes) => p::<PyBytes>(v).0.len(),
        Some(Kind::Dict) => p::<PyDict>(v).0.len(),
        Some(Kind::Set) => p::<PySet>(v).0.len(),
        _ => unreachable!("obj_len on a kind the trace did not guard"),
    }) as u64
}

/// `list.append(v)` on a list (the trace guards the kind). Allocates (the item array may
/// grow) but never collects.
pub extern "C" fn list_append(list: u64, v: u64) {
    crate::gc::payload_unchecked::<PyList>(Value(list))
        .0
        .push(Value(v));
}

/// `math.JIT_UNARY[idx](x)`; the trace checks the result for the error rule.
pub extern "C" fn math_unary(idx: u64, x: f64) -> f64 {
    (crate::modules::math::JIT_UNARY[idx as usize].1)(x)
}

/// Builtin functions a trace computes itself (inline or through a helper above).
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum Known {
    Len,
    Abs,
    Ord,
    Min,
    Max,
    /// `math.JIT_UNARY[i]`.
    Math(usize),
    /// `math.floor`, `math.ceil`.
    Floor,
    Ceil,
    Enumerate,
    Zip,
    IsInstance,
    Chr,
    /// `random.random`, `random.choice`.
    Random,
    Choice,
}

/// Which of the known builtins `b` is, if any (compared by function address: the objects
/// of a builtin function all share its `func`).
pub fn known_builtin(b: &PyBuiltin) -> Option<Known> {
    if !b.bound.is_null() || !b.owner_type.is_null() {
        return None;
    }
    let f = b.func as usize;
    let named = |table: &[(&str, BuiltinFn)], name: &str| {
        table
            .iter()
            .any(|&(n, g)| n == name && g as usize == f && n == b.name)
    };
    let b_ = crate::builtins::FUNCTIONS;
    let m = crate::modules::math::FUNCTIONS;
    if named(b_, "len") {
        Some(Known::Len)
    } else if named(b_, "abs") {
        Some(Known::Abs)
    } else if named(b_, "ord") {
        Some(Known::Ord)
    } else if named(b_, "min") {
        Some(Known::Min)
    } else if named(b_, "max") {
        Some(Known::Max)
    } else if named(m, "floor") {
        Some(Known::Floor)
    } else if named(m, "ceil") {
        Some(Known::Ceil)
    } else if named(b_, "enumerate") {
        Some(Known::Enumerate)
    } else if named(b_, "zip") {
        Some(Known::Zip)
    } else if named(b_, "isinstance") {
        Some(Known::IsInstance)
    } else if named(b_, "chr") {
        Some(Known::Chr)
    } else if named(crate::modules::random::FUNCTIONS, "random") {
        Some(Known::Random)
    } else if named(crate::modules::random::FUNCTIONS, "choice") {
        Some(Known::Choice)
    } else {
        crate::modules::math::JIT_UNARY
            .iter()
            .position(|&(n, _)| named(m, n))
            .map(Known::Math)
    }
}

/// `random.random()`: the next float of the runtime's generator (seeded on first use, as
/// the module function does).
///
/// # Safety
/// `rt` is the running runtime, and nothing else holds a reference to it (a trace's
/// helpers run one at a time, on the thread that owns it).
pub unsafe extern "C" fn random_float(rt: *mut Runtime) -> f64 {
    // SAFETY: see the function's contract.
    let rt = unsafe { &mut *rt };
    crate::modules::random::generator(rt).random()
}

/// `random.choice`'s index into a sequence of `n` items (`n > 0`, which the trace guards),
/// drawn exactly as the module function draws it.
///
/// # Safety
/// As `random_float`.
pub unsafe extern "C" fn random_below(rt: *mut Runtime, n: i64) -> i64 {
    // SAFETY: see the function's contract.
    let rt = unsafe { &mut *rt };
    crate::modules::random::generator(rt)
        .choice_index(n.max(1) as usize)
        .unwrap_or(0) as i64
}

/// `x ** y` for floats where `float::pow` raises nothing (the trace checks the same
/// conditions around the call).
pub extern "C" fn float_pow(x: f64, y: f64) -> f64 {
    crate::float::powf(x, y)
}

/// C's `pow(x, y)`: `float_pow` where its square-root shortcut is known not to apply.
pub extern "C" fn libm_pow(x: f64, y: f64) -> f64 {
    x.powf(y)
}

/// `range(start, stop, step)` of small ints (`step != 0`, checked by the trace).
///
/// # Safety
/// `rt` points to the live runtime (allocation only: it never collects).
pub unsafe extern "C" fn new_range(rt: *mut Runtime, start: i64, stop: i64, step: i64) -> u64 {
    // SAFETY: the caller passes the runtime the trace runs in; nothing else uses it now.
    let rt = unsafe { &mut *rt };
    rt.heap
        .alloc(crate::object::PyRange {
            start: start as i128,
            stop: stop as i128,
            step: step as i128,
        })
        .0
}

/// 1 if `it` is an enumerate iterator whose count is a small int (so a trace may count in
/// i64 arithmetic), else 0.
pub extern "C" fn enum_iter_ok(it: u64) -> u64 {
    match payload::<PyIter>(Value(it)) {
        Some(PyIter::Enumerate { count, .. }) => count.is_small_int() as u64,
        _ => 0,
    }
}

/// 1 if `it` is a zip iterator over exactly `n` iterators, else 0.
pub extern "C" fn zip_iter_ok(it: u64, n: u64) -> u64 {
    match payload::<PyIter>(Value(it)) {
        Some(PyIter::Zip { its, .. }) => (its.len() as u64 == n) as u64,
        _ => 0,
    }
}

/// The `i`th iterator that zip iterator `it` walks (the trace checked `zip_iter_ok` for
/// more than `i`; the list of iterators never changes).
pub extern "C" fn zip_iter_at(it: u64, i: u64) -> u64 {
    match payload::<PyIter>(Value(it)) {
        Some(PyIter::Zip { its, .. }) => its[i as usize].0,
        _ => unreachable!("zip_iter_at of a checked zip iterator"),
    }
}

/// `iter(v)` of a list, tuple, str or range (the trace guards the kind; these never fail
/// and run no Python code).
///
/// # Safety
/// As for `new_range`.
pub unsafe extern "C" fn get_iter(rt: *mut Runtime, v: u64) -> u64 {
    // SAFETY: as in `new_range`.
    let rt = unsafe { &mut *rt };
    let it = crate::seq::seq_iter_state(Value(v)).expect("iter of a list, tuple, str or range");
    iter_object(rt, it)
}

/// `iter(range(start, stop, step))` of small ints, without the range object (nothing can
/// see it: the trace calls this only for a `range(...)` that a `for` loop iterates at once).
///
/// # Safety
/// As for `new_range`.
pub unsafe extern "C" fn new_range_iter(rt: *mut Runtime, start: i64, stop: i64, step: i64) -> u64 {
    // SAFETY: as in `new_range`.
    let rt = unsafe { &mut *rt };
    let it = PyIter::Range {
        cur: start as i128,
        stop: stop as i128,
        step: step as i128,
    };
    iter_object(rt, it)
}

/// An iterator object holding `it`: the spare one (`Runtime::spare_iter`) if there is one,
/// else a new one.
fn iter_object(rt: &mut Runtime, it: PyIter) -> u64 {
    let spare = std::mem::replace(&mut rt.spare_iter, Value::NULL);
    if spare.is_null() {
        return rt.heap.alloc(it).0;
    }
    // The spare is an iterator object nothing references (see `Runtime::spare_iter`).
    *crate::gc::payload_unchecked::<PyIter>(spare) = it;
    spare.0
}

/// `enumerate(seq, start)` of a list, tuple, str or range (the trace guards the kind) and
/// a small int.
///
/// # Safety
/// As for `new_range`.
pub unsafe extern "C" fn new_enumerate(rt: *mut Runtime, seq: u64, start: u64) -> u64 {
    // SAFETY: as in `new_range`.
    let rt = unsafe { &mut *rt };
    let it = crate::seq::iter(rt, Value(seq)).expect("iter of a list, tuple, str or range");
    // The heap never collects inside `alloc` (a due collection waits for a safepoint), so
    // `it` survives the second allocation.
    rt.heap
        .alloc(PyIter::Enumerate {
            it,
            count: Value(start),
        })
        .0
}

/// `zip(a, b)` of lists, tuples, strs or ranges (the trace guards the kinds).
///
/// # Safety
/// As for `new_range`.
pub unsafe extern "C" fn new_zip(rt: *mut Runtime, a: u64, b: u64) -> u64 {
    // SAFETY: as in `new_range`.
    let rt = unsafe { &mut *rt };
    let ia = crate::seq::iter(rt, Value(a)).expect("iter of a list, tuple, str or range");
    let ib = crate::seq::iter(rt, Value(b)).expect("iter of a list, tuple, str or range");
    rt.heap
        .alloc(PyIter::Zip {
            its: vec![ia, ib],
            strict: false,
        })
        .0
}

/// `slice(start, stop)`, each None or a small int (the trace checks).
///
/// # Safety
/// As for `new_range`.
pub unsafe extern "C" fn new_slice(rt: *mut Runtime, start: u64, stop: u64) -> u64 {
    // SAFETY: as in `new_range`.
    let rt = unsafe { &mut *rt };
    rt.heap
        .alloc(crate::object::PySlice {
            start: Value(start),
            stop: Value(stop),
            step: Value::NONE,
        })
        .0
}

/// `seq[s]` of a list, tuple or str and a slice from `new_slice` (the trace checks the
/// kinds): a new sequence; runs no Python code and cannot fail.
///
/// # Safety
/// As for `new_range`.
pub unsafe extern "C" fn get_slice(rt: *mut Runtime, seq: u64, s: u64) -> u64 {
    // SAFETY: as in `new_range`.
    let rt = unsafe { &mut *rt };
    crate::seq::getitem(rt, Value(seq), Value(s))
        .expect("a slice of ints of a list, tuple or str")
        .0
}

/// `a + b` of two strs, two lists or two tuples (the trace checks the kinds): a new one.
///
/// # Safety
/// As for `new_range`.
pub unsafe extern "C" fn seq_concat(rt: *mut Runtime, a: u64, b: u64) -> u64 {
    // SAFETY: as in `new_range`.
    let rt = unsafe { &mut *rt };
    crate::ops::binary_op(rt, crate::ops::BinOp::Add, false, Value(a), Value(b))
        .expect("concatenation of two sequences of one kind")
        .0
}

/// A new empty list.
///
/// # Safety
/// As for `new_range`.
pub unsafe extern "C" fn new_list(rt: *mut Runtime) -> u64 {
    // SAFETY: as in `new_range`.
    let rt = unsafe { &mut *rt };
    rt.new_list(Vec::new()).0
}

/// A new tuple of the items of list `l` (the trace built `l` itself).
///
/// # Safety
/// As for `new_range`.
pub unsafe extern "C" fn list_tuple(rt: *mut Runtime, l: u64) -> u64 {
    // SAFETY: as in `new_range`.
    let rt = unsafe { &mut *rt };
    let items = crate::gc::payload_unchecked::<crate::object::PyList>(Value(l))
        .0
        .clone();
    rt.new_tuple(items).0
}

/// `isinstance(x, spec)` as `builtins.isinstance` decides it (no Python code runs): 0 or 1,
/// or 2 where it raises (`spec` not a type or a tuple of them), which the trace leaves on.
///
/// # Safety
/// `rt` points to the live runtime (read only).
pub unsafe extern "C" fn isinstance_prim(rt: *const Runtime, x: u64, spec: u64) -> u64 {
    fn check(rt: &Runtime, ty: Value, spec: Value) -> Option<bool> {
        match crate::gc::kind_of(spec) {
            Some(crate::object::Kind::Type) => Some(rt.is_subtype(ty, spec)),
            Some(crate::object::Kind::Tuple) => {
                for &s in crate::gc::payload_unchecked::<PyTuple>(spec).0.iter() {
                    if check(rt, ty, s)? {
                        return Some(true);
                    }
                }
                Some(false)
            }
            _ => None,
        }
    }
    // SAFETY: the caller passes the runtime the trace runs in.
    let rt = unsafe { &*rt };
    check(rt, rt.type_of(Value(x)), Value(spec)).map_or(2, |b| b as u64)
}

/// The index of the dict entry dict iterator `it` yields next, if it is a dict iterator in
/// mode `mode` (`ViewMode as u64`) whose `next` would yield one: its dict has the size it
/// started with, an entry remains at or after its position and its count of remaining
/// entries is not zero. Else -1: the end of the loop, or an error the interpreter raises.
/// Moves nothing (see `dict_iter_advance`).
pub extern "C" fn dict_iter_peek(it: u64, mode: u64) -> i64 {
    let Some(PyIter::Dict {
        dict,
        idx,
        mode: m,
        len,
        remaining,
    }) = payload::<PyIter>(Value(it))
    else {
        return -1;
    };
    let t = &crate::gc::payload_unchecked::<PyDict>(*dict).0;
    if *m as u64 != mode || t.len() != *len || *remaining == 0 {
        return -1;
    }
    let mut pos = *idx;
    t.next_entry(&mut pos).map_or(-1, |(i, _, _)| i as i64)
}

/// Entry `i` (from `dict_iter_peek`) of dict iterator `it`'s dict.
fn dict_iter_entry(it: u64, i: u64) -> (Value, Value) {
    let Some(PyIter::Dict { dict, .. }) = payload::<PyIter>(Value(it)) else {
        unreachable!("a dict entry of a checked dict iterator")
    };
    crate::gc::payload_unchecked::<PyDict>(*dict)
        .0
        .entry_at(i as usize)
        .map_or((Value::NONE, Value::NONE), |(k, v)| (k, *v))
}

/// The key of entry `i` (from `dict_iter_peek`) of dict iterator `it`'s dict.
pub extern "C" fn dict_iter_key(it: u64, i: u64) -> u64 {
    dict_iter_entry(it, i).0.0
}

/// The value of entry `i` (from `dict_iter_peek`) of dict iterator `it`'s dict.
pub extern "C" fn dict_iter_value(it: u64, i: u64) -> u64 {
    dict_iter_entry(it, i).1.0
}

/// Moves dict iterator `it` past entry `i` (from `dict_iter_peek`), as its `next` does.
pub extern "C" fn dict_iter_advance(it: u64, i: u64) {
    if let Some(PyIter::Dict { idx, remaining, .. }) = payload::<PyIter>(Value(it)) {
        *idx = i as usize + 1;
        *remaining -= 1;
    }
}

/// `cls(x)` for `cls` str, list or tuple and an `x` it converts without running Python code
/// (the trace checks: a small int or a str for str; a list, tuple, str or range for the
/// others), as the interpreter calls the type.
///
/// # Safety
/// As for `new_range`.
pub unsafe extern "C" fn type_call1(rt: *mut Runtime, cls: u64, x: u64) -> u64 {
    // SAFETY: as in `new_range`.
    let rt = unsafe { &mut *rt };
    crate::class::call_type(rt, Value(cls), &[Value(x)], &[])
        .expect("str/list/tuple of a value converted without Python code")
        .0
}

/// The address of the value stored under `key` (a str or a small int) in dict `d`, or 0 if
/// no entry's key is that very int or an equal str. Compares nothing else (no `__eq__`
/// runs): a key present under another equal form (`1.0` for `1`) reads as absent, which
/// sends the trace back to the interpreter, never to a wrong entry. The address stays valid
/// until the dict's entries move (an insertion or deletion, which traces never do).
pub extern "C" fn dict_entry(d: u64, key: u64) -> u64 {
    let (d, k) = (Value(d), Value(key));
    let ix = if k.is_small_int() {
        let h = crate::int::hash(k);
        let r: Result<Option<usize>, ()> = crate::gc::payload_unchecked::<PyDict>(d)
            .0
            .get_index_of(k, h, &mut |a, b| Ok(a == b));
        r.ok().flatten()
    } else {
        crate::attr::dict_index_str(d, k)
    };
    ix.and_then(|i| {
        crate::gc::payload_unchecked::<PyDict>(d)
            .0
            .entry_at_mut(i)
            .map(|(_, v)| v as *mut Value as u64)
    })
    .unwrap_or_default()
}

/// The hash of a str or small int (no `__hash__` runs).
fn prim_hash(k: Value) -> i64 {
    if k.is_small_int() {
        crate::int::hash(k)
    } else {
        crate::strings::str_hash(crate::gc::payload_unchecked::<PyStr>(k))
    }
}

/// How two values, one a str or a small int, compare without running `__eq__`: `Ok(true)`
/// equal, `Ok(false)` surely unequal, `Err(())` unknown (another kind that might be equal,
/// like `1.0` or `True` for `1`, a str subclass, or an instance).
fn prim_eq(a: Value, b: Value) -> Result<bool, ()> {
    if a == b {
        return Ok(true);
    }
    let str_ = |v: Value| payload::<PyStr>(v).filter(|_| crate::gc::kind_of(v) == Some(Kind::Str));
    match (str_(a), str_(b)) {
        (Some(x), Some(y)) => Ok(x.s() == y.s()),
        // A str never equals an int; two different small ints differ.
        (Some(_), None) if b.is_small_int() => Ok(false),
        (None, Some(_)) if a.is_small_int() => Ok(false),
        (None, None) if a.is_small_int() && b.is_small_int() => Ok(false),
        _ => Err(()),
    }
}

/// `d[key] = ...` for a dict `d` and a str or small-int `key`, up to the store: the address
/// of the key's value, the key inserted first (valued None) if no key equals it, as the
/// dict's own insertion does; the trace stores the value there at once. 0 when that cannot
/// be decided without running Python code (a key of another kind with the same hash), and
/// then the dict is unchanged.
pub extern "C" fn dict_slot(d: u64, key: u64) -> u64 {
    let (d, k) = (Value(d), Value(key));
    let h = prim_hash(k);
    let t = &mut crate::gc::payload_unchecked::<PyDict>(d).0;
    let ix = match t.get_index_of(k, h, &mut |a, b| prim_eq(a, b)) {
        Err(()) => return 0,
        Ok(Some(i)) => i,
        Ok(None) => t.insert_unique_unchecked(k, h, Value::NONE),
    };
    t.entry_at_mut(ix)
        .map_or(0, |(_, v)| v as *mut Value as u64)
}

/// 1 if `dict_slot(d, key)` would succeed (without changing anything), else 0.
pub extern "C" fn dict_slot_decidable(d: u64, key: u64) -> u64 {
    (dict_get_prim(d, key) != DICT_GET_UNKNOWN) as u64
}

/// What `dict_get_prim` returns when it cannot tell (no `Value` has this word).
pub const DICT_GET_UNKNOWN: u64 = (crate::value::TAG_SPECIAL << 48) | 0xDEAD;

/// `d.get(key)` for a dict `d` and a str or small-int `key`: the value, NULL if no key
/// equals `key`, or `DICT_GET_UNKNOWN` when that cannot be told without running Python
/// code (a key of another kind with the same hash: the trace then leaves).
pub extern "C" fn dict_get_prim(d: u64, key: u64) -> u64 {
    let (d, k) = (Value(d), Value(key));
    let h = prim_hash(k);
    let dict = &crate::gc::payload_unchecked::<PyDict>(d).0;
    match dict.get_index_of(k, h, &mut |a, b| prim_eq(a, b)) {
        Ok(Some(i)) => dict.entry_at(i).map_or(DICT_GET_UNKNOWN, |(_, v)| v.0),
        Ok(None) => Value::NULL.0,
        Err(()) => DICT_GET_UNKNOWN,
    }
}

/// `probe in c` for a dict, set, list or tuple `c` and a str or small-int `probe`: 1 or 0,
/// or 2 when it cannot tell without running Python code (the trace then leaves).
pub extern "C" fn contains_prim(c: u64, probe: u64) -> u64 {
    let (c, k) = (Value(c), Value(probe));
    let h = prim_hash(k);
    let r = match crate::gc::kind_of(c) {
        Some(Kind::Dict) => {
            crate::gc::payload_unchecked::<PyDict>(c)
                .0
                .contains_key(k, h, &mut |a, b| prim_eq(a, b))
        }
        Some(Kind::Set) => {
            crate::gc::payload_unchecked::<PySet>(c)
                .0
                .contains(k, h, &mut |a, b| prim_eq(a, b))
        }
        Some(Kind::List | Kind::Tuple) => {
            let items: &[Value] = if crate::gc::kind_of(c) == Some(Kind::List) {
                &crate::gc::payload_unchecked::<PyList>(c).0
            } else {
                &crate::gc::payload_unchecked::<PyTuple>(c).0
            };
            let mut unknown = false;
            let mut found = false;
            for &x in items {
                match prim_eq(k, x) {
                    Ok(true) => {
                        found = true;
                        break;
                    }
                    Ok(false) => {}
                    Err(()) => {
                        unknown = true;
                        break;
                    }
                }
            }
            if unknown { Err(()) } else { Ok(found) }
        }
        _ => Err(()),
    };
    match r {
        Ok(b) => b as u64,
        Err(()) => 2,
    }
}

/// Character `i` of str `s` as a one-character str (`0 <= i < len`, checked by the trace).
/// May intern a new one-character str: allocation only.
///
/// # Safety
/// `rt` points to the live runtime.
pub unsafe extern "C" fn str_char(rt: *mut Runtime, s: u64, i: i64) -> u64 {
    // SAFETY: the caller passes the runtime the trace runs in; nothing else uses it now.
    let rt = unsafe { &mut *rt };
    crate::strings::char_at(rt, Value(s), i)
        .expect("index checked by the trace")
        .0
}

/// `chr(i)`, or 0 if `i` is not a code point (`chr` raises; the trace leaves).
///
/// # Safety
/// As for `new_range`.
pub unsafe extern "C" fn str_chr(rt: *mut Runtime, i: i64) -> u64 {
    // SAFETY: as in `new_range`.
    let rt = unsafe { &mut *rt };
    match u32::try_from(i).ok().filter(|&u| u < 0x110000) {
        Some(u) => crate::strings::char_str(rt, crate::surrogate::to_char(u)).0,
        None => 0,
    }
}

/// The order of two strs (by code points, as Python compares them: `surrogate::cmp`):
/// -1, 0 or 1, as an i64.
pub extern "C" fn str_cmp(a: u64, b: u64) -> i64 {
    use crate::gc::payload_unchecked as p;
    if a == b {
        return 0;
    }
    crate::surrogate::cmp(p::<PyStr>(Value(a)).s(), p::<PyStr>(Value(b)).s()) as i64
}

/// `sub in s` for two strs.
pub extern "C" fn str_in_str(sub: u64, s: u64) -> u64 {
    use crate::gc::payload_unchecked as p;
    p::<PyStr>(Value(s))
        .s()
        .contains(p::<PyStr>(Value(sub)).s()) as u64
}

/// `a <op> b` for two ints (small or big; the trace checks), `op` a `BinOp`: the result
/// (a new big int, maybe), or NULL if it raises (division by zero, a negative shift), which
/// sends the trace back to the interpreter to raise it. Allocation only.
///
/// # Safety
/// `rt` points to the live runtime.
pub unsafe extern "C" fn int_binop(rt: *mut Runtime, op: u64, a: u64, b: u64) -> u64 {
    // SAFETY: the caller passes the runtime the trace runs in; nothing else uses it now.
    let rt = unsafe { &mut *rt };
    let op = crate::ops::BinOp::from_u32(op as u32);
    crate::ops::binary_op(rt, op, false, Value(a), Value(b))
        .map(|v| v.0)
        .unwrap_or(Value::NULL.0)
}

/// `ord(s)` of a str (the trace guards the kind): its one character's code point, or -1 if
/// it is not one character long (the trace leaves; the interpreter raises).
pub extern "C" fn str_ord(s: u64) -> i64 {
    let s = crate::gc::payload_unchecked::<PyStr>(Value(s));
    if s.chars != 1 {
        return -1;
    }
    s.s()
        .chars()
        .next()
        .map_or(-1, |c| crate::surrogate::code_point(c) as i64)
}

/// `list.pop(i)` (`i` -1 for `pop()`) on a list (the trace guards the kind): the item, or
/// NULL with the list untouched if it is empty or `i` is out of range (the trace leaves;
/// the interpreter raises).
pub extern "C" fn list_pop(list: u64, i: i64) -> u64 {
    let items = &mut crate::gc::payload_unchecked::<PyList>(Value(list)).0;
    match crate::seq::norm_index(i, items.len()) {
        Some(j) => items.remove(j).0,
        None => Value::NULL.0,
    }
}
