//! Attribute access: the object model's lookup rules (CPython's `PyObject_GenericGetAttr`,
//! simplified). For an instance: data descriptors of the class (properties) win, then the
//! instance's own attributes (shape slots or dict), then class attributes (functions bind to
//! the instance, class methods to the class), then `__getattr__`.
//!
//! Instance attributes live in shape-indexed slots (see `Shapes`). Attribute names in shapes
//! are always interned strs, so slot lookup compares pointers.

use crate::gc::{kind_of, payload, payload_unchecked};
use crate::object::*;
use crate::value::Value;
use crate::{PyErr, PyResult, Runtime, dict};

/// Most attributes an instance keeps in shape slots before switching to a dict.
pub const MAX_SHAPE_ATTRS: usize = 48;

/// Hidden classes: shape 0 has no attributes; adding attribute `n` to shape `s` moves the
/// instance to the child shape `s + n` (made once, then shared). A shape id therefore fixes
/// the position of every attribute: a cache keyed by (type version, shape id) can read an
/// attribute at a constant index.
pub struct Shapes {
    list: Vec<Shape>,
}

struct Shape {
    names: Vec<Value>,
    transitions: Vec<(Value, u32)>,
}

impl Default for Shapes {
    fn default() -> Self {
        Shapes {
            list: vec![Shape {
                names: vec![],
                transitions: vec![],
            }],
        }
    }
}

impl Shapes {
    #[inline]
    pub fn index_of(&self, shape: u32, name: Value) -> Option<usize> {
        self.list[shape as usize]
            .names
            .iter()
            .position(|&n| n == name)
    }
    pub fn names(&self, shape: u32) -> &[Value] {
        &self.list[shape as usize].names
    }
    /// The shape after adding `name` to `shape`.
    pub fn add(&mut self, shape: u32, name: Value) -> u32 {
        if let Some(&(_, c)) = self.list[shape as usize]
            .transitions
            .iter()
            .find(|(n, _)| *n == name)
        {
            return c;
        }
        let mut names = self.list[shape as usize].names.clone();
        names.push(name);
        let id = self.list.len() as u32;
        self.list.push(Shape {
            names,
            transitions: vec![],
        });
        self.list[shape as usize].transitions.push((name, id));
        id
    }
}

#[inline]
fn interned(rt: &mut Runtime, name: Value) -> Value {
    if name.is_ptr() && crate::gc::header(name).flags & INTERNED_STR != 0 {
        return name;
    }
    match rt.str_of(name) {
        Some(s) => rt.intern(s),
        None => name,
    }
}

/// One entry of the type attribute cache: `name` looked up along the MRO of `ty` (at
/// version `version`) gave `value` (NULL: not found).
#[derive(Clone, Copy)]
pub struct LookupEntry {
    ty: Value,
    name: Value,
    value: Value,
    version: u32,
}

pub const LOOKUP_CACHE_SIZE: usize = 4096;

impl LookupEntry {
    pub const EMPTY: LookupEntry = LookupEntry {
        ty: Value::NULL,
        name: Value::NULL,
        value: Value::NULL,
        version: 0,
    };
}

/// Looks `name` up along the MRO of `ty`.
///
/// Results are cached per (type, name), validated by the type's version tag (CPython's type
/// attribute cache). The cache is emptied at every collection, so a cached pointer never
/// outlives its object; between collections a (type, version) pair names one unchanged MRO.
pub fn type_lookup(rt: &mut Runtime, ty: Value, name: Value) -> PyResult<Option<Value>> {
    let t = payload_unchecked::<PyType>(ty);
    let version = t.version;
    let slot = ((ty.0 >> 4) ^ (name.0 >> 4).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 20) as usize
        & (LOOKUP_CACHE_SIZE - 1);
    let e = rt.lookup_cache[slot];
    if e.ty == ty && e.name == name && e.version == version {
        return Ok(if e.value.is_null() {
            None
        } else {
            Some(e.value)
        });
    }
    let h = crate::strings::str_hash(payload_unchecked::<PyStr>(name));
    let mut found = None;
    for i in 0..t.mro.len() {
        let d = payload_unchecked::<PyType>(t.mro[i]).dict;
        if let Some(v) = dict::get_hashed(rt, d, name, h)? {
            found = Some(v);
            break;
        }
    }
    rt.lookup_cache[slot] = LookupEntry {
        ty,
        name,
        value: found.unwrap_or(Value::NULL),
        version,
    };
    Ok(found)
}

/// A special method defined by a class statement somewhere in the MRO of `obj`'s type (not
/// the builtin behaviour, which callers provide natively).
pub fn user_method(rt: &mut Runtime, obj: Value, name: &'static str) -> PyResult<Option<Value>> {
    let ty = rt.type_of(obj);
    lookup_in_heap_types(rt, ty, name)
}

/// `name` along the MRO of class `ty`, unless what is found is a builtin function (the
/// behaviour builtin types provide natively). `None` for builtin types.
pub fn lookup_in_heap_types(
    rt: &mut Runtime,
    ty: Value,
    name: &'static str,
) -> PyResult<Option<Value>> {
    if !payload_unchecked::<PyType>(ty).heap {
        return Ok(None);
    }
    let key = rt.static_name(name);
    match type_lookup(rt, ty, key)? {
        Some(v) if kind_of(v) == Some(Kind::Builtin) => Ok(None),
        r => Ok(r),
    }
}

/// Calls special method `m` (found by `user_method`) on `obj`.
pub fn call_method(rt: &mut Runtime, m: Value, obj: Value, args: &[Value]) -> PyResult<Value> {
    if kind_of(m) == Some(Kind::Function) {
        let mut a = Vec::with_capacity(args.len() + 1);
        a.push(obj);
        a.extend_from_slice(args);
        return rt.call(m, &a);
    }
    let ty = rt.type_of(obj);
    let f = bind(rt, m, obj, ty);
    rt.call(f, args)
}

/// Binds class attribute `d` found for `obj` (of type `ty`).
pub fn bind(rt: &mut Runtime, d: Value, obj: Value, ty: Value) -> Value {
    match kind_of(d) {
        Some(Kind::Function) => rt.heap.alloc(PyMethod { func: d, slf: obj }),
        Some(Kind::Builtin) => {
            let b = payload_unchecked::<PyBuiltin>(d);
            if b.owner.is_empty() || !b.bound.is_null() {
                return d;
            }
            let (name, func, owner, owner_type) = (b.name, b.func, b.owner, b.owner_type);
            rt.heap.alloc(PyBuiltin {
                name,
                func,
                bound: obj,
                owner,
                owner_type,
            })
        }
        Some(Kind::ClassMethod) => {
            let f = payload_unchecked::<PyClassMethod>(d).0;
            rt.heap.alloc(PyMethod { func: f, slf: ty })
        }
        Some(Kind::StaticMethod) => payload_unchecked::<PyStaticMethod>(d).0,
        _ => d,
    }
}

/// The instance's own attribute `name` (interned).
fn own_get(rt: &Runtime, obj: Value, name: Value) -> Option<Value> {
    match kind_of(obj)? {
        Kind::Instance => {
            let inst = payload_unchecked::<PyInstance>(obj);
            if inst.shape == DICT_SHAPE {
                return dict_get_str(inst.dict, name);
            }
            rt.shapes.index_of(inst.shape, name).map(|i| inst.values[i])
        }
        Kind::Exception => dict_get_str(payload_unchecked::<PyException>(obj).dict, name),
        Kind::Function => dict_get_str(payload_unchecked::<PyFunction>(obj).dict, name),
        _ => None,
    }
}

/// Lookup of a str key in a dict of str keys (no user `__eq__` can run).
fn dict_get_str(d: Value, name: Value) -> Option<Value> {
    if d.is_null() {
        return None;
    }
    let i = dict_index_str(d, name)?;
    payload_unchecked::<PyDict>(d)
        .0
        .entry_at(i)
        .map(|(_, &v)| v)
}

/// Entry index of str key `name` in dict `d`, comparing only with str keys (no user
/// `__eq__` can run). Inline caches keep such an index with the dict's layout version.
pub fn dict_index_str(d: Value, name: Value) -> Option<usize> {
    let h = crate::strings::str_hash(payload_unchecked::<PyStr>(name));
    let r: Result<Option<usize>, ()> =
        payload_unchecked::<PyDict>(d)
            .0
            .get_index_of(name, h, &mut |a, b| {
                Ok(a == b
                    || matches!((payload::<PyStr>(a), payload::<PyStr>(b)), (Some(x), Some(y)) if x.s() == y.s()))
            });
    r.ok().flatten()
}

/// Does `obj` have an attribute dict (`__dict__`)?
fn has_dict(obj: Value) -> bool {
    match kind_of(obj) {
        Some(Kind::Instance) => {
            let cls = payload_unchecked::<PyInstance>(obj).cls;
            let t = payload_unchecked::<PyType>(cls);
            t.heap && t.slots.is_none()
        }
        Some(Kind::Exception | Kind::Function) => true,
        _ => false,
    }
}

/// The attribute dict of `obj`, switching an instance to dict mode (so the dict is live).
pub fn instance_dict(rt: &mut Runtime, obj: Value) -> Option<Value> {
    match kind_of(obj)? {
        Kind::Instance => {
            if !has_dict(obj) {
                return None;
            }
            to_dict_mode(rt, obj);
            Some(payload_unchecked::<PyInstance>(obj).dict)
        }
        Kind::Exception => {
            if payload_unchecked::<PyException>(obj).dict.is_null() {
                let d = rt.new_dict();
                payload_unchecked::<PyException>(obj).dict = d;
            }
            Some(payload_unchecked::<PyException>(obj).dict)
        }
        Kind::Function => {
            if payload_unchecked::<PyFunction>(obj).dict.is_null() {
                let d = rt.new_dict();
                payload_unchecked::<PyFunction>(obj).dict = d;
            }
            Some(payload_unchecked::<PyFunction>(obj).dict)
        }
        Kind::Module => Some(payload_unchecked::<PyModule>(obj).dict),
        _ => None,
    }
}

fn to_dict_mode(rt: &mut Runtime, obj: Value) {
    let inst = payload_unchecked::<PyInstance>(obj);
    if inst.shape == DICT_SHAPE {
        return;
    }
    let d = rt.new_dict();
    let names = rt.shapes.names(inst.shape).to_vec();
    for (i, n) in names.into_iter().enumerate() {
        let v = payload_unchecked::<PyInstance>(obj).values[i];
        dict::set(rt, d, n, v).expect("str keys hash");
    }
    let inst = payload_unchecked::<PyInstance>(obj);
    inst.dict = d;
    inst.shape = DICT_SHAPE;
    inst.values = Vec::new();
}

/// Stores an instance attribute. `Ok(false)` when `obj` cannot hold attributes.
fn own_set(rt: &mut Runtime, obj: Value, name: Value, v: Value) -> PyResult<bool> {
    match kind_of(obj) {
        Some(Kind::Instance) => {
            let inst = payload_unchecked::<PyInstance>(obj);
            if !payload_unchecked::<PyType>(inst.cls).heap {
                return Ok(false);
            }
            if inst.shape != DICT_SHAPE {
                if let Some(i) = rt.shapes.index_of(inst.shape, name) {
                    inst.values[i] = v;
                    return Ok(true);
                }
                if inst.values.len() < MAX_SHAPE_ATTRS {
                    inst.shape = rt.shapes.add(inst.shape, name);
                    inst.values.push(v);
                    return Ok(true);
                }
                to_dict_mode(rt, obj);
            }
            let d = payload_unchecked::<PyInstance>(obj).dict;
            dict::set(rt, d, name, v)?;
            Ok(true)
        }
        Some(Kind::Exception | Kind::Function) => {
            let d = instance_dict(rt, obj).unwrap();
            dict::set(rt, d, name, v)?;
            Ok(true)
        }
        _ => Ok(false),
    }
}

fn own_del(rt: &mut Runtime, obj: Value, name: Value) -> PyResult<bool> {
    if own_get(rt, obj, name).is_none() {
        return Ok(false);
    }
    let d = if kind_of(obj) == Some(Kind::Instance) {
        to_dict_mode(rt, obj);
        payload_unchecked::<PyInstance>(obj).dict
    } else {
        instance_dict(rt, obj).unwrap()
    };
    dict::remove(rt, d, name)?;
    Ok(true)
}

fn no_attr(rt: &mut Runtime, obj: Value, name: Value) -> PyErr {
    let e = no_attr_message(rt, obj, name);
    rt.with_lookup(e, name, obj)
}

fn no_attr_message(rt: &mut Runtime, obj: Value, name: Value) -> PyErr {
    let n = rt.str_of(name).unwrap_or("?").to_string();
    if kind_of(obj) == Some(Kind::Module) {
        let m = payload_unchecked::<PyModule>(obj).name;
        let mn = rt.str_of(m).unwrap_or("?").to_string();
        return rt.attribute_error(format!("module '{mn}' has no attribute '{n}'"));
    }
    if kind_of(obj) == Some(Kind::Type) {
        let tn = payload_unchecked::<PyType>(obj).name.clone();
        return rt.attribute_error(format!("type object '{tn}' has no attribute '{n}'"));
    }
    let t = rt.type_name(obj);
    rt.attribute_error(format!("'{t}' object has no attribute '{n}'"))
}

/// A stand-in traceback object for an exception that has been raised (`None` otherwise):
/// pyjit keeps tracebacks as (code, line) lists, not as frame chains.
pub fn traceback_object(rt: &mut Runtime, exc: Value) -> Value {
    match payload::<PyException>(exc) {
        Some(e) if !e.traceback.is_empty() => rt.heap.alloc(PyInstance {
            cls: rt.t.traceback,
            shape: 0,
            values: Vec::new(),
            dict: Value::NULL,
            base_value: Value::NULL,
        }),
        _ => Value::NONE,
    }
}

/// `__module__` of a type: from its dict for classes, "builtins" for builtin types.
pub fn type_module(rt: &mut Runtime, ty: Value) -> Option<String> {
    let t = payload_unchecked::<PyType>(ty);
    if !t.heap {
        return None;
    }
    let d = t.dict;
    let k = rt.intern("__module__");
    dict_get_str(d, k).and_then(|m| rt.str_of(m).map(str::to_string))
}

/// Special attributes answered without a dict lookup.
fn special_attr(rt: &mut Runtime, obj: Value, name: &str) -> PyResult<Option<Value>> {
    if crate::int::is_int(obj) {
        let v = if obj.is_bool() {
            Value::small_int(obj.as_bool() as i64)
        } else {
            obj
        };
        match name {
            "real" | "numerator" => return Ok(Some(v)),
            "imag" => return Ok(Some(Value::small_int(0))),
            "denominator" => return Ok(Some(Value::small_int(1))),
            _ => {}
        }
    }
    if obj.is_float() {
        match name {
            "real" => return Ok(Some(obj)),
            "imag" => return Ok(Some(Value::float(0.0))),
            _ => {}
        }
    }
    if !name.starts_with('_')
        && !matches!(
            kind_of(obj),
            Some(
                Kind::Exception
                    | Kind::Range
                    | Kind::Slice
                    | Kind::Property
                    | Kind::Generator
                    | Kind::File
                    | Kind::Deque
            )
        )
    {
        return Ok(None);
    }
    Ok(match (kind_of(obj), name) {
        (_, "__class__") => Some(rt.type_of(obj)),
        (Some(Kind::Type), _) => type_special(rt, obj, name)?,
        (Some(Kind::Function), "__name__") => Some(payload_unchecked::<PyFunction>(obj).name),
        (Some(Kind::Function), "__qualname__") => {
            Some(payload_unchecked::<PyFunction>(obj).qualname)
        }
        (Some(Kind::Function), "__module__") => {
            let g = payload_unchecked::<PyFunction>(obj).globals;
            let k = rt.intern("__name__");
            Some(dict_get_str(g, k).unwrap_or(Value::NONE))
        }
        (Some(Kind::Function), "__doc__") => {
            let c = payload_unchecked::<PyFunction>(obj).code;
            let code = payload_unchecked::<crate::code::CodeObject>(c);
            Some(match code.consts.first() {
                Some(&v) if kind_of(v) == Some(Kind::Str) => v,
                _ => Value::NONE,
            })
        }
        (Some(Kind::Function), "__defaults__") => {
            let d = payload_unchecked::<PyFunction>(obj).defaults;
            Some(if d.is_null() { Value::NONE } else { d })
        }
        (Some(Kind::Function), "__kwdefaults__") => {
            let d = payload_unchecked::<PyFunction>(obj).kwdefaults;
            Some(if d.is_null() { Value::NONE } else { d })
        }
        (Some(Kind::Function), "__globals__") => Some(payload_unchecked::<PyFunction>(obj).globals),
        (Some(Kind::Method), "__func__") => Some(payload_unchecked::<PyMethod>(obj).func),
        (Some(Kind::Method), "__self__") => Some(payload_unchecked::<PyMethod>(obj).slf),
        (Some(Kind::Method), "__name__" | "__qualname__" | "__doc__" | "__module__") => {
            let f = payload_unchecked::<PyMethod>(obj).func;
            let n = rt.intern(name);
            return getattr(rt, f, n).map(Some);
        }
        (Some(Kind::ClassMethod | Kind::StaticMethod), "__func__") => Some(match kind_of(obj) {
            Some(Kind::ClassMethod) => payload_unchecked::<PyClassMethod>(obj).0,
            _ => payload_unchecked::<PyStaticMethod>(obj).0,
        }),
        (Some(Kind::Builtin), "__name__") => {
            let n = payload_unchecked::<PyBuiltin>(obj).name;
            Some(rt.new_str(n))
        }
        (Some(Kind::Builtin), "__self__") => {
            let b = payload_unchecked::<PyBuiltin>(obj).bound;
            Some(if b.is_null() { Value::NONE } else { b })
        }
        (Some(Kind::Exception), "args") => Some(payload_unchecked::<PyException>(obj).args),
        (Some(Kind::Exception), "__cause__" | "__context__") => {
            let e = payload_unchecked::<PyException>(obj);
            let v = if name == "__cause__" {
                e.cause
            } else {
                e.context
            };
            Some(if v.is_null() { Value::NONE } else { v })
        }
        (Some(Kind::Exception), "__suppress_context__") => Some(Value::bool(
            payload_unchecked::<PyException>(obj).suppress_context,
        )),
        (Some(Kind::Exception), "__traceback__") => Some(traceback_object(rt, obj)),
        (Some(Kind::Exception), "value") if rt.isinstance(obj, rt.t.stop_iteration) => {
            let a = payload_unchecked::<PyException>(obj).args;
            Some(
                payload_unchecked::<PyTuple>(a)
                    .0
                    .first()
                    .copied()
                    .unwrap_or(Value::NONE),
            )
        }
        (Some(Kind::Exception), "code") if rt.isinstance(obj, rt.t.system_exit) => {
            let a = payload_unchecked::<PyException>(obj).args;
            let items = &payload_unchecked::<PyTuple>(a).0;
            Some(match items.len() {
                0 => Value::NONE,
                1 => items[0],
                _ => a,
            })
        }
        (Some(Kind::Range), "start" | "stop" | "step") => {
            let r = payload_unchecked::<PyRange>(obj);
            let v = match name {
                "start" => r.start,
                "stop" => r.stop,
                _ => r.step,
            };
            Some(rt.new_int128(v))
        }
        (Some(Kind::Slice), "start") => Some(payload_unchecked::<PySlice>(obj).start),
        (Some(Kind::Slice), "stop") => Some(payload_unchecked::<PySlice>(obj).stop),
        (Some(Kind::Slice), "step") => Some(payload_unchecked::<PySlice>(obj).step),
        (Some(Kind::Property), "fget" | "fset" | "fdel" | "__doc__") => {
            let p = payload_unchecked::<PyProperty>(obj);
            Some(match name {
                "fget" => p.fget,
                "fset" => p.fset,
                "fdel" => p.fdel,
                _ => p.doc,
            })
        }
        (Some(Kind::Deque), "maxlen") => Some(crate::deque::maxlen_value(obj)),
        (Some(Kind::File), n) if crate::io::methods::attribute(rt, obj, n).is_some() => {
            crate::io::methods::attribute(rt, obj, n)
        }
        (Some(Kind::Generator), "__name__") => Some(payload_unchecked::<PyGenerator>(obj).name),
        (Some(Kind::Generator), "__qualname__") => {
            Some(payload_unchecked::<PyGenerator>(obj).qualname)
        }
        (Some(Kind::Generator), "gi_running") => Some(Value::bool(
            payload_unchecked::<PyGenerator>(obj).state == GenState::Running,
        )),
        (_, "__dict__") => instance_dict(rt, obj),
        (Some(Kind::Module), "__name__") => Some(payload_unchecked::<PyModule>(obj).name),
        _ => None,
    })
}

fn type_special(rt: &mut Runtime, ty: Value, name: &str) -> PyResult<Option<Value>> {
    let t = payload_unchecked::<PyType>(ty);
    Ok(match name {
        "__name__" => {
            // Builtin types named `module.name` (collections.deque) answer `name`.
            let n = t.name.rsplit('.').next().unwrap_or("").to_string();
            Some(rt.new_string(n))
        }
        "__qualname__" => {
            let n = t.qualname.clone();
            Some(rt.new_string(n))
        }
        "__mro__" => {
            let m = t.mro.clone();
            Some(rt.new_tuple(m))
        }
        "__bases__" => {
            let b = t.bases.clone();
            Some(rt.new_tuple(b))
        }
        "__base__" => Some(if t.base.is_null() {
            Value::NONE
        } else {
            t.base
        }),
        "__dict__" => {
            let d = t.dict;
            Some(dict::copy(rt, d))
        }
        "__module__" if !t.heap => {
            let m = match t.name.rsplit_once('.') {
                Some((m, _)) => m.to_string(),
                None => "builtins".to_string(),
            };
            Some(rt.new_string(m))
        }
        "__doc__" if !t.heap => Some(Value::NONE),
        _ => None,
    })
}

/// `obj.name`.
pub fn getattr(rt: &mut Runtime, obj: Value, name: Value) -> PyResult<Value> {
    let name = interned(rt, name);
    match kind_of(obj) {
        Some(Kind::Module) => {
            let d = payload_unchecked::<PyModule>(obj).dict;
            if let Some(v) = dict::get(rt, d, name)? {
                return Ok(v);
            }
            let n = rt.str_of(name).unwrap_or("");
            if let Some(v) = special_attr(rt, obj, n)? {
                return Ok(v);
            }
            Err(no_attr(rt, obj, name))
        }
        Some(Kind::Type) => type_getattr(rt, obj, name),
        Some(Kind::Super) => super_getattr(rt, obj, name),
        Some(Kind::Instance) => {
            if let Some(ga) = lookup_in_heap_types(rt, rt.type_of(obj), "__getattribute__")? {
                return match call_method(rt, ga, obj, &[name]) {
                    Err(e) if rt.err_matches(&e, rt.t.attribute_error) => {
                        let ty = rt.type_of(obj);
                        match lookup_in_heap_types(rt, ty, "__getattr__")? {
                            Some(g) => call_method(rt, g, obj, &[name]),
                            None => Err(e),
                        }
                    }
                    r => r,
                };
            }
            generic_getattr(rt, obj, name)
        }
        _ => generic_getattr(rt, obj, name),
    }
}

/// `object.__getattribute__`: the generic lookup, bypassing a class's override.
pub fn object_getattribute(rt: &mut Runtime, obj: Value, name: Value) -> PyResult<Value> {
    let name = interned(rt, name);
    generic_getattr(rt, obj, name)
}

/// `getattr` that maps AttributeError to `None`.
pub fn getattr_opt(rt: &mut Runtime, obj: Value, name: Value) -> PyResult<Option<Value>> {
    match getattr(rt, obj, name) {
        Ok(v) => Ok(Some(v)),
        Err(e) if rt.err_matches(&e, rt.t.attribute_error) => Ok(None),
        Err(e) => Err(e),
    }
}

fn property_get(rt: &mut Runtime, p: Value, obj: Value, name: Value) -> PyResult<Value> {
    let fget = payload_unchecked::<PyProperty>(p).fget;
    if fget.is_none() {
        let n = rt.str_of(name).unwrap_or("?").to_string();
        let t = rt.type_name(obj);
        return Err(rt.attribute_error(format!("property '{n}' of '{t}' object has no getter")));
    }
    rt.call(fget, &[obj])
}

/// Is `d` (a class attribute) a data descriptor: a property, or an object whose class
/// defines `__set__` or `__delete__` (and `__get__`)?
pub fn is_data_descriptor(rt: &mut Runtime, d: Value) -> PyResult<bool> {
    match kind_of(d) {
        Some(Kind::Property) => Ok(true),
        Some(Kind::Instance) => Ok(user_method(rt, d, "__get__")?.is_some()
            && (user_method(rt, d, "__set__")?.is_some()
                || user_method(rt, d, "__delete__")?.is_some())),
        _ => Ok(false),
    }
}

/// `d.__get__(obj, ty)` when `d` is an instance whose class defines `__get__`.
fn descriptor_get(rt: &mut Runtime, d: Value, obj: Value, ty: Value) -> PyResult<Option<Value>> {
    if kind_of(d) != Some(Kind::Instance) {
        return Ok(None);
    }
    match user_method(rt, d, "__get__")? {
        Some(g) => call_method(rt, g, d, &[obj, ty]).map(Some),
        None => Ok(None),
    }
}

fn generic_getattr(rt: &mut Runtime, obj: Value, name: Value) -> PyResult<Value> {
    if kind_of(obj) == Some(Kind::Type) {
        return type_getattr(rt, obj, name);
    }
    let n = rt.str_of(name).unwrap_or("");
    if (n == "__class__" || n == "__dict__")
        && let Some(v) = special_attr(rt, obj, n)?
    {
        return Ok(v);
    }
    let ty = rt.type_of(obj);
    let cls_attr = type_lookup(rt, ty, name)?;
    if let Some(d) = cls_attr
        && kind_of(d) == Some(Kind::Property)
    {
        return match property_get(rt, d, obj, name) {
            // A getter's AttributeError falls back to `__getattr__`, as in CPython.
            Err(e) if rt.err_matches(&e, rt.t.attribute_error) => {
                match lookup_in_heap_types(rt, ty, "__getattr__")? {
                    Some(ga) => call_method(rt, ga, obj, &[name]),
                    None => Err(e),
                }
            }
            r => r,
        };
    }
    if let Some(d) = cls_attr
        && kind_of(d) == Some(Kind::Instance)
        && is_data_descriptor(rt, d)?
        && let Some(v) = descriptor_get(rt, d, obj, ty)?
    {
        return Ok(v);
    }
    if let Some(v) = own_get(rt, obj, name) {
        return Ok(v);
    }
    if let Some(d) = cls_attr {
        if let Some(v) = descriptor_get(rt, d, obj, ty)? {
            return Ok(v);
        }
        return Ok(bind(rt, d, obj, ty));
    }
    if let Some(v) = special_attr(rt, obj, n)? {
        return Ok(v);
    }
    if let Some(ga) = lookup_in_heap_types(rt, ty, "__getattr__")? {
        return call_method(rt, ga, obj, &[name]);
    }
    Err(no_attr(rt, obj, name))
}

fn type_getattr(rt: &mut Runtime, ty: Value, name: Value) -> PyResult<Value> {
    let n = rt.str_of(name).unwrap_or("");
    if let Some(v) = type_special(rt, ty, n)? {
        return Ok(v);
    }
    if n == "__class__" {
        return Ok(rt.t.type_);
    }
    match type_lookup(rt, ty, name)? {
        Some(d) if kind_of(d) == Some(Kind::Instance) => {
            match descriptor_get(rt, d, Value::NONE, ty)? {
                Some(v) => Ok(v),
                None => Ok(d),
            }
        }
        Some(d) => Ok(match kind_of(d) {
            Some(Kind::ClassMethod) => {
                let f = payload_unchecked::<PyClassMethod>(d).0;
                rt.heap.alloc(PyMethod { func: f, slf: ty })
            }
            Some(Kind::StaticMethod) => payload_unchecked::<PyStaticMethod>(d).0,
            _ => d,
        }),
        None => {
            // Methods of `type` itself (`C.mro()`).
            let tt = rt.t.type_;
            if let Some(d) = type_lookup(rt, tt, name)? {
                return Ok(bind(rt, d, ty, tt));
            }
            Err(no_attr(rt, ty, name))
        }
    }
}

/// The class after `sup.ty` in the MRO of `sup.start` that defines `name`.
fn super_find(rt: &mut Runtime, sup: Value, name: Value) -> PyResult<Option<Value>> {
    let s = payload_unchecked::<PySuper>(sup);
    let (ty, start) = (s.ty, s.start);
    let mro = payload_unchecked::<PyType>(start).mro.clone();
    let pos = mro
        .iter()
        .position(|&t| t == ty)
        .map_or(mro.len(), |p| p + 1);
    for &c in &mro[pos..] {
        let d = payload_unchecked::<PyType>(c).dict;
        if let Some(v) = dict::get(rt, d, name)? {
            return Ok(Some(v));
        }
    }
    Ok(None)
}

fn super_getattr(rt: &mut Runtime, sup: Value, name: Value) -> PyResult<Value> {
    let s = payload_unchecked::<PySuper>(sup);
    let (obj, start) = (s.obj, s.start);
    match super_find(rt, sup, name)? {
        Some(d) => {
            if kind_of(d) == Some(Kind::Property) {
                return property_get(rt, d, obj, name);
            }
            if obj == start && kind_of(obj) == Some(Kind::Type) {
                // super() in a class method: functions stay unbound.
                return Ok(match kind_of(d) {
                    Some(Kind::ClassMethod) => {
                        let f = payload_unchecked::<PyClassMethod>(d).0;
                        rt.heap.alloc(PyMethod { func: f, slf: obj })
                    }
                    Some(Kind::StaticMethod) => payload_unchecked::<PyStaticMethod>(d).0,
                    _ => d,
                });
            }
            Ok(bind(rt, d, obj, start))
        }
        None => {
            let n = rt.str_of(name).unwrap_or("?").to_string();
            if n == "__class__" {
                return Ok(rt.t.super_);
            }
            Err(rt.attribute_error(format!("'super' object has no attribute '{n}'")))
        }
    }
}

/// `obj.name` for a call: `(method, self)` when `name` is a method of obj's type (no bound
/// object is made), else `(attribute, NULL)`.
pub fn load_method(rt: &mut Runtime, obj: Value, name: Value) -> PyResult<(Value, Value)> {
    match kind_of(obj) {
        Some(Kind::Module) => {
            let d = payload_unchecked::<PyModule>(obj).dict;
            if let Some(v) = dict::get(rt, d, name)? {
                return Ok((v, Value::NULL));
            }
        }
        Some(Kind::Type) => {}
        Some(Kind::Super) => {
            let name = interned(rt, name);
            let s = payload_unchecked::<PySuper>(obj);
            let (o, start) = (s.obj, s.start);
            if !(o == start && kind_of(o) == Some(Kind::Type))
                && let Some(d) = super_find(rt, obj, name)?
                && matches!(kind_of(d), Some(Kind::Function))
            {
                return Ok((d, o));
            }
        }
        _ => {
            let ty = rt.type_of(obj);
            if payload_unchecked::<PyType>(ty).heap
                && lookup_in_heap_types(rt, ty, "__getattribute__")?.is_some()
            {
                return Ok((getattr(rt, obj, name)?, Value::NULL));
            }
            if let Some(m) = type_lookup(rt, ty, name)? {
                let is_method = match kind_of(m) {
                    Some(Kind::Function) => true,
                    Some(Kind::Builtin) => !payload_unchecked::<PyBuiltin>(m).owner.is_empty(),
                    _ => false,
                };
                if is_method {
                    let name = interned(rt, name);
                    if own_get(rt, obj, name).is_none() {
                        return Ok((m, obj));
                    }
                }
            }
        }
    }
    Ok((getattr(rt, obj, name)?, Value::NULL))
}

/// Bumps the version tag of `ty` and every subclass (their lookups went through `ty`).
pub fn bump_version(rt: &mut Runtime, ty: Value) {
    // (Cached lookups check the version; nothing else to invalidate.)
    rt.next_type_version += 1;
    let v = rt.next_type_version;
    let t = payload_unchecked::<PyType>(ty);
    t.version = v;
    let subs = t.subclasses.clone();
    for s in subs {
        bump_version(rt, s);
    }
}

/// `obj.name = value`.
pub fn setattr(rt: &mut Runtime, obj: Value, name: Value, value: Value) -> PyResult<()> {
    let name = interned(rt, name);
    match kind_of(obj) {
        Some(Kind::Module) => {
            let d = payload_unchecked::<PyModule>(obj).dict;
            dict::set(rt, d, name, value)
        }
        Some(Kind::Type) => type_setattr(rt, obj, name, Some(value)),
        Some(Kind::Instance) => {
            if let Some(f) = user_method(rt, obj, "__setattr__")? {
                call_method(rt, f, obj, &[name, value])?;
                return Ok(());
            }
            match rt.str_of(name) {
                Some("__dict__") if has_dict(obj) => {
                    if kind_of(value) != Some(Kind::Dict) {
                        let t = rt.type_name(value);
                        return Err(rt.type_error(format!(
                            "__dict__ must be set to a dictionary, not a '{t}'"
                        )));
                    }
                    to_dict_mode(rt, obj);
                    payload_unchecked::<PyInstance>(obj).dict = value;
                    Ok(())
                }
                Some("__class__") => set_class(rt, obj, value),
                _ => generic_setattr(rt, obj, name, Some(value)),
            }
        }
        Some(Kind::Function)
            if matches!(rt.str_of(name), Some("__defaults__" | "__kwdefaults__")) =>
        {
            set_func_defaults(rt, obj, name, Some(value))
        }
        Some(Kind::Function) if matches!(rt.str_of(name), Some("__name__" | "__qualname__")) => {
            if kind_of(value) != Some(Kind::Str) {
                let n = rt.str_of(name).unwrap_or("?").to_string();
                return Err(rt.type_error(format!("{n} must be set to a string object")));
            }
            let f = payload_unchecked::<PyFunction>(obj);
            if rt.str_of(name) == Some("__name__") {
                f.name = value;
            } else {
                f.qualname = value;
            }
            Ok(())
        }
        Some(Kind::Exception) => {
            let e = payload_unchecked::<PyException>(obj);
            match rt.str_of(name).unwrap_or("") {
                "args" => {
                    let items = crate::seq::to_vec(rt, value)?;
                    let t = rt.new_tuple(items);
                    payload_unchecked::<PyException>(obj).args = t;
                    Ok(())
                }
                "__cause__" => {
                    e.cause = if value.is_none() { Value::NULL } else { value };
                    e.suppress_context = true;
                    Ok(())
                }
                "__context__" => {
                    e.context = if value.is_none() { Value::NULL } else { value };
                    Ok(())
                }
                "__suppress_context__" => {
                    e.suppress_context = crate::ops::truthy(rt, value)?;
                    Ok(())
                }
                "__traceback__" => Ok(()),
                _ => generic_setattr(rt, obj, name, Some(value)),
            }
        }
        _ => generic_setattr(rt, obj, name, Some(value)),
    }
}

/// `obj.__class__ = cls`: allowed between classes with the same layout.
fn set_class(rt: &mut Runtime, obj: Value, cls: Value) -> PyResult<()> {
    if kind_of(cls) != Some(Kind::Type) {
        let t = rt.type_name(cls);
        return Err(rt.type_error(format!(
            "__class__ must be set to a class, not '{t}' object"
        )));
    }
    let old = payload_unchecked::<PyInstance>(obj).cls;
    let (po, pn) = (
        payload_unchecked::<PyType>(old),
        payload_unchecked::<PyType>(cls),
    );
    if !pn.heap || po.solid != pn.solid || po.slots != pn.slots {
        let (a, b) = (pn.name.clone(), po.name.clone());
        return Err(rt.type_error(format!(
            "__class__ assignment: '{a}' object layout differs from '{b}'"
        )));
    }
    payload_unchecked::<PyInstance>(obj).cls = cls;
    Ok(())
}

/// `del obj.name`.
pub fn delattr(rt: &mut Runtime, obj: Value, name: Value) -> PyResult<()> {
    let name = interned(rt, name);
    match kind_of(obj) {
        Some(Kind::Module) => {
            let d = payload_unchecked::<PyModule>(obj).dict;
            if dict::remove(rt, d, name)?.is_none() {
                return Err(no_attr(rt, obj, name));
            }
            Ok(())
        }
        Some(Kind::Type) => type_setattr(rt, obj, name, None),
        Some(Kind::Instance) => {
            if let Some(f) = user_method(rt, obj, "__delattr__")? {
                call_method(rt, f, obj, &[name])?;
                return Ok(());
            }
            generic_setattr(rt, obj, name, None)
        }
        Some(Kind::Function)
            if matches!(rt.str_of(name), Some("__defaults__" | "__kwdefaults__")) =>
        {
            set_func_defaults(rt, obj, name, None)
        }
        _ => generic_setattr(rt, obj, name, None),
    }
}

/// `f.__defaults__ = value` (a tuple or None), `f.__kwdefaults__ = value` (a dict or
/// None), or `del` of either (`value` None). Later calls bind the new defaults.
fn set_func_defaults(
    rt: &mut Runtime,
    func: Value,
    name: Value,
    value: Option<Value>,
) -> PyResult<()> {
    let value = value.unwrap_or(Value::NONE);
    let positional = rt.str_of(name) == Some("__defaults__");
    let (kind, what) = if positional {
        (Kind::Tuple, "tuple")
    } else {
        (Kind::Dict, "dict")
    };
    if !value.is_none() && kind_of(value) != Some(kind) {
        let n = rt.str_of(name).unwrap_or("?").to_string();
        return Err(rt.type_error(format!("{n} must be set to a {what} object")));
    }
    let v = if value.is_none() { Value::NULL } else { value };
    let f = payload_unchecked::<PyFunction>(func);
    if positional {
        f.defaults = v;
    } else {
        f.kwdefaults = v;
    }
    Ok(())
}

fn type_setattr(rt: &mut Runtime, ty: Value, name: Value, value: Option<Value>) -> PyResult<()> {
    let t = payload_unchecked::<PyType>(ty);
    let n = rt.str_of(name).unwrap_or("?").to_string();
    if !t.heap {
        let tn = t.name.clone();
        return Err(rt.type_error(format!(
            "cannot set '{n}' attribute of immutable type '{tn}'"
        )));
    }
    let d = t.dict;
    match value {
        Some(v) => dict::set(rt, d, name, v)?,
        None => {
            if dict::remove(rt, d, name)?.is_none() {
                return Err(no_attr(rt, ty, name));
            }
        }
    }
    bump_version(rt, ty);
    Ok(())
}

/// `object.__setattr__`: stores through a property's setter or into the instance.
/// `value == None` deletes.
pub fn generic_setattr(
    rt: &mut Runtime,
    obj: Value,
    name: Value,
    value: Option<Value>,
) -> PyResult<()> {
    let name = interned(rt, name);
    let ty = rt.type_of(obj);
    if let Some(d) = type_lookup(rt, ty, name)?
        && kind_of(d) == Some(Kind::Instance)
    {
        let m = match value {
            Some(_) => user_method(rt, d, "__set__")?,
            None => user_method(rt, d, "__delete__")?,
        };
        if let Some(m) = m {
            match value {
                Some(v) => call_method(rt, m, d, &[obj, v])?,
                None => call_method(rt, m, d, &[obj])?,
            };
            return Ok(());
        }
    }
    if let Some(d) = type_lookup(rt, ty, name)?
        && kind_of(d) == Some(Kind::Property)
    {
        let p = payload_unchecked::<PyProperty>(d);
        let (f, what) = match value {
            Some(_) => (p.fset, "setter"),
            None => (p.fdel, "deleter"),
        };
        if f.is_none() {
            let n = rt.str_of(name).unwrap_or("?").to_string();
            let t = rt.type_name(obj);
            return Err(rt.attribute_error(format!("property '{n}' of '{t}' object has no {what}")));
        }
        match value {
            Some(v) => rt.call(f, &[obj, v])?,
            None => rt.call(f, &[obj])?,
        };
        return Ok(());
    }
    if let Some(slots) = &payload_unchecked::<PyType>(ty).slots
        && !slots.contains(&name)
    {
        let n = rt.str_of(name).unwrap_or("?").to_string();
        let t = rt.type_name(obj);
        return Err(rt.attribute_error(format!("'{t}' object has no attribute '{n}'")));
    }
    match value {
        Some(v) => {
            if own_set(rt, obj, name, v)? {
                return Ok(());
            }
        }
        None => {
            if own_del(rt, obj, name)? {
                return Ok(());
            }
            if has_dict(obj) || kind_of(obj) == Some(Kind::Instance) {
                return Err(no_attr(rt, obj, name));
            }
        }
    }
    let n = rt.str_of(name).unwrap_or("?").to_string();
    let t = rt.type_name(obj);
    if type_lookup(rt, ty, name)?.is_some() {
        return Err(rt.attribute_error(format!("'{t}' object attribute '{n}' is read-only")));
    }
    Err(rt.attribute_error(format!("'{t}' object has no attribute '{n}'")))
}

/// Attribute names of an instance (for `vars`/`dir`-like uses), in insertion order.
pub fn own_names(rt: &mut Runtime, obj: Value) -> Vec<Value> {
    match instance_dict(rt, obj) {
        Some(d) => dict::entries(d).into_iter().map(|(k, _)| k).collect(),
        None => Vec::new(),
    }
}
