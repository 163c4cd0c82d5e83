//! Classes: creation (`type(name, bases, ns)`, C3 MRO, `__slots__`), instantiation
//! (`__new__` then `__init__`), and the builtin descriptor types `property`,
//! `classmethod`, `staticmethod` and `super`.

use crate::attr::{lookup_in_heap_types, type_lookup};
use crate::builtins::{arity, no_kwargs};
use crate::gc::{kind_of, payload, payload_unchecked};
use crate::object::*;
use crate::value::Value;
use crate::{PyResult, Runtime, dict, seq};

fn type_name_of(ty: Value) -> String {
    payload_unchecked::<PyType>(ty).name.clone()
}

/// C3 linearization of `cls` with `bases`.
fn c3_mro(rt: &mut Runtime, cls: Value, bases: &[Value]) -> PyResult<Vec<Value>> {
    let mut seqs: Vec<Vec<Value>> = bases
        .iter()
        .map(|&b| payload_unchecked::<PyType>(b).mro.clone())
        .collect();
    seqs.push(bases.to_vec());
    let mut out = vec![cls];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut found = None;
        for s in &seqs {
            let head = s[0];
            if !seqs.iter().any(|t| t[1..].contains(&head)) {
                found = Some(head);
                break;
            }
        }
        let Some(h) = found else {
            let names: Vec<String> = bases.iter().map(|&b| type_name_of(b)).collect();
            return Err(rt.type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        };
        out.push(h);
        for s in seqs.iter_mut() {
            if s[0] == h {
                s.remove(0);
            }
        }
    }
}

/// Builtin types a class statement may derive from.
fn acceptable_base(rt: &Runtime, b: Value) -> bool {
    let p = payload_unchecked::<PyType>(b);
    if p.heap {
        return true;
    }
    let t = &rt.t;
    let ok = [
        t.object,
        t.int,
        t.float,
        t.str,
        t.list,
        t.tuple,
        t.dict,
        t.set,
        t.frozenset,
        t.bytes,
    ];
    ok.contains(&b) || p.solid == t.base_exception
}

/// `type(name, bases, ns)`: makes a class.
pub fn new_class(
    rt: &mut Runtime,
    name: &str,
    bases: Vec<Value>,
    ns: Value,
    module: Value,
) -> PyResult<Value> {
    let bases = if bases.is_empty() {
        vec![rt.t.object]
    } else {
        bases
    };
    for &b in &bases {
        if kind_of(b) != Some(Kind::Type) {
            let t = rt.type_name(b);
            return Err(rt.type_error(format!("bases must be types, not {t}")));
        }
        if !acceptable_base(rt, b) {
            let n = type_name_of(b);
            return Err(rt.type_error(format!("type '{n}' is not an acceptable base type")));
        }
    }
    for (i, &b) in bases.iter().enumerate() {
        if bases[..i].contains(&b) {
            let n = type_name_of(b);
            return Err(rt.type_error(format!("duplicate base class {n}")));
        }
    }
    // The layout: at most one non-`object` solid base (exceptions count as one).
    let mut solid = rt.t.object;
    for &b in &bases {
        let s = payload_unchecked::<PyType>(b).solid;
        if s == rt.t.object || s == solid {
            continue;
        }
        if solid == rt.t.object || rt.is_subtype(s, solid) {
            solid = s;
        } else if !rt.is_subtype(solid, s) {
            return Err(rt.type_error("multiple bases have instance lay-out conflict"));
        }
    }
    let ns_copy = dict::copy(rt, ns);
    rt.temp_roots.push(ns_copy);
    let r = finish_class(rt, name, bases, ns_copy, module, solid);
    rt.temp_roots.pop();
    r
}

fn finish_class(
    rt: &mut Runtime,
    name: &str,
    bases: Vec<Value>,
    ns: Value,
    module: Value,
    solid: Value,
) -> PyResult<Value> {
    let k_qual = rt.intern("__qualname__");
    let qualname = match dict::remove(rt, ns, k_qual)? {
        Some(q) => match rt.str_of(q) {
            Some(s) => s.to_string(),
            None => {
                let t = rt.type_name(q);
                return Err(rt.type_error(format!("type __qualname__ must be a str, not {t}")));
            }
        },
        None => name.to_string(),
    };
    let k_mod = rt.intern("__module__");
    if dict::get(rt, ns, k_mod)?.is_none() && !module.is_null() {
        dict::set(rt, ns, k_mod, module)?;
    }
    let k_doc = rt.intern("__doc__");
    if dict::get(rt, ns, k_doc)?.is_none() {
        dict::set(rt, ns, k_doc, Value::NONE)?;
    }
    // `__eq__` without `__hash__` makes instances unhashable, as in CPython.
    let (k_eq, k_hash) = (rt.intern("__eq__"), rt.intern("__hash__"));
    if dict::get(rt, ns, k_eq)?.is_some() && dict::get(rt, ns, k_hash)?.is_none() {
        dict::set(rt, ns, k_hash, Value::NONE)?;
    }
    // `__new__` is a static method; `__init_subclass__` and `__class_getitem__` class methods.
    let k_new = rt.intern("__new__");
    if let Some(f) = dict::get(rt, ns, k_new)?
        && kind_of(f) == Some(Kind::Function)
    {
        let sm = rt.heap.alloc(PyStaticMethod(f));
        dict::set(rt, ns, k_new, sm)?;
    }
    for n in ["__init_subclass__", "__class_getitem__"] {
        let k = rt.intern(n);
        if let Some(f) = dict::get(rt, ns, k)?
            && kind_of(f) == Some(Kind::Function)
        {
            let cm = rt.heap.alloc(PyClassMethod(f));
            dict::set(rt, ns, k, cm)?;
        }
    }
    // __slots__: instances have no __dict__ when every class in the MRO declares slots.
    let k_slots = rt.intern("__slots__");
    let own_slots = match dict::get(rt, ns, k_slots)? {
        Some(s) => {
            let items = if kind_of(s) == Some(Kind::Str) {
                vec![s]
            } else {
                seq::to_vec(rt, s)?
            };
            let mut names = Vec::new();
            for it in items {
                let Some(n) = rt.str_of(it) else {
                    let t = rt.type_name(it);
                    return Err(
                        rt.type_error(format!("__slots__ items must be strings, not '{t}'"))
                    );
                };
                let n = n.to_string();
                if n == "__dict__" {
                    names.clear();
                    return build(rt, name, qualname, bases, ns, solid, None);
                }
                names.push(rt.intern(&n));
            }
            Some(names)
        }
        None => None,
    };
    let slots = match own_slots {
        Some(mut names) => {
            let mut all_slotted = true;
            for &b in &bases {
                let p = payload_unchecked::<PyType>(b);
                if p.heap {
                    match &p.slots {
                        Some(s) => names.extend_from_slice(s),
                        None => all_slotted = false,
                    }
                }
            }
            if all_slotted { Some(names) } else { None }
        }
        None => None,
    };
    build(rt, name, qualname, bases, ns, solid, slots)
}

fn build(
    rt: &mut Runtime,
    name: &str,
    qualname: String,
    bases: Vec<Value>,
    ns: Value,
    solid: Value,
    slots: Option<Vec<Value>>,
) -> PyResult<Value> {
    rt.next_type_version += 1;
    let cls = rt.heap.alloc(PyType {
        name: name.to_string(),
        qualname,
        base: bases[0],
        bases: bases.clone(),
        mro: vec![],
        dict: ns,
        new: None,
        heap: true,
        version: rt.next_type_version,
        solid,
        slots,
        subclasses: vec![],
    });
    rt.temp_roots.push(cls);
    let mro = c3_mro(rt, cls, &bases);
    rt.temp_roots.pop();
    payload_unchecked::<PyType>(cls).mro = mro?;
    for &b in &bases {
        payload_unchecked::<PyType>(b).subclasses.push(cls);
    }
    Ok(cls)
}

/// Allocates an instance of `cls` the way its builtin base's `__new__` would.
pub fn builtin_new(rt: &mut Runtime, cls: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = payload_unchecked::<PyType>(cls);
    let solid = p.solid;
    if !p.heap {
        return match p.new {
            Some(new) => new(rt, args, kw),
            None if solid == rt.t.base_exception => {
                crate::builtins::t_exception(rt, cls, &args[..args.len() - kw.len()])
            }
            None => {
                let n = p.name.clone();
                Err(rt.type_error(format!("cannot create '{n}' instances")))
            }
        };
    }
    if solid == rt.t.base_exception {
        let pos = &args[..args.len() - kw.len()];
        let a = rt.new_tuple(pos.to_vec());
        let e = rt.heap.alloc(PyException::new(cls, a));
        if rt.is_subtype(cls, rt.t.os_error) {
            os_error_attrs(rt, e, pos)?;
        }
        return Ok(e);
    }
    let t = &rt.t;
    let base_value = if solid == t.object {
        Value::NULL
    } else if solid == t.list {
        rt.new_list(vec![])
    } else if solid == t.dict {
        rt.new_dict()
    } else if solid == t.set {
        rt.new_set(false)
    } else {
        let new = payload_unchecked::<PyType>(solid).new.unwrap();
        new(rt, args, kw)?
    };
    Ok(rt.heap.alloc(PyInstance {
        cls,
        shape: 0,
        values: Vec::new(),
        dict: Value::NULL,
        base_value,
    }))
}

/// `OSError(errno, strerror[, filename])` sets the attributes CPython sets (and `args` is
/// `(errno, strerror)`).
pub fn os_error_attrs(rt: &mut Runtime, e: Value, pos: &[Value]) -> PyResult<()> {
    if !(2..=5).contains(&pos.len()) {
        return Ok(());
    }
    let names = ["errno", "strerror", "filename"];
    for (i, &v) in pos.iter().take(3).enumerate() {
        let k = rt.intern(names[i]);
        crate::attr::generic_setattr(rt, e, k, Some(v))?;
    }
    if pos.len() >= 3 {
        let a = rt.new_tuple(pos[..2].to_vec());
        payload_unchecked::<PyException>(e).args = a;
    }
    Ok(())
}

/// The OSError subclass CPython picks for an errno (`OSError(2, ...)` is a
/// FileNotFoundError).
pub fn os_error_subclass(rt: &Runtime, errno: i64) -> Option<Value> {
    let t = &rt.t;
    Some(match errno {
        2 => t.file_not_found_error,
        17 => t.file_exists_error,
        1 | 13 => t.permission_error,
        21 => t.is_a_directory_error,
        20 => t.not_a_directory_error,
        4 => t.interrupted_error,
        10 => t.child_process_error,
        3 => t.process_lookup_error,
        11 | 114 | 115 => t.blocking_io_error,
        32 | 108 => t.broken_pipe_error,
        103 => t.connection_aborted_error,
        111 => t.connection_refused_error,
        104 => t.connection_reset_error,
        110 => t.timeout_error,
        _ => return None,
    })
}

/// `cls(*args, **kw)` for a class (or a builtin type called with a class in mind).
pub fn call_type(rt: &mut Runtime, cls: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = payload_unchecked::<PyType>(cls);
    if !p.heap {
        return builtin_new(rt, cls, args, kw);
    }
    let user_new = lookup_in_heap_types(rt, cls, "__new__")?;
    let obj = match user_new {
        Some(n) => {
            let f = match kind_of(n) {
                Some(Kind::StaticMethod) => payload_unchecked::<PyStaticMethod>(n).0,
                _ => n,
            };
            let mut a = Vec::with_capacity(args.len() + 1);
            a.push(cls);
            a.extend_from_slice(args);
            rt.call_kw(f, &a, kw)?
        }
        None => {
            // object.__new__ / the builtin base's __new__. Mutable builtin bases are filled
            // by their __init__; immutable ones take the arguments now.
            let solid = p.solid;
            let t = &rt.t;
            if solid == t.list || solid == t.dict || solid == t.set || solid == t.object {
                builtin_new(rt, cls, &[], &[])?
            } else {
                builtin_new(rt, cls, args, kw)?
            }
        }
    };
    let oty = rt.type_of(obj);
    if !rt.is_subtype(oty, cls) {
        return Ok(obj);
    }
    rt.temp_roots.push(obj);
    let r = run_init(rt, obj, oty, args, kw, user_new.is_some());
    rt.temp_roots.pop();
    r.map(|_| obj)
}

fn run_init(
    rt: &mut Runtime,
    obj: Value,
    ty: Value,
    args: &[Value],
    kw: &[Value],
    has_new: bool,
) -> PyResult<()> {
    let k = rt.intern("__init__");
    let init = type_lookup(rt, ty, k)?;
    match init {
        Some(f) if kind_of(f) != Some(Kind::Builtin) => {
            let mut a = Vec::with_capacity(args.len() + 1);
            a.push(obj);
            a.extend_from_slice(args);
            let f = match kind_of(f) {
                Some(Kind::Function) => f,
                _ => {
                    a.remove(0);
                    crate::attr::bind(rt, f, obj, ty)
                }
            };
            let r = rt.call_kw(f, &a, kw)?;
            if !r.is_none() {
                let t = rt.type_name(r);
                return Err(rt.type_error(format!("__init__() should return None, not '{t}'")));
            }
            Ok(())
        }
        Some(f) => {
            let b = payload_unchecked::<PyBuiltin>(f);
            if b.owner == "object" {
                let solid = payload_unchecked::<PyType>(ty).solid;
                if !args.is_empty() && !has_new && solid == rt.t.object {
                    let n = type_name_of(ty);
                    return Err(rt.type_error(format!("{n}() takes no arguments")));
                }
                return Ok(());
            }
            let func = b.func;
            let mut a = Vec::with_capacity(args.len() + 1);
            a.push(obj);
            a.extend_from_slice(args);
            func(rt, &unwrap_self(&a), kw)?;
            Ok(())
        }
        None => Ok(()),
    }
}

/// For a builtin method called on an instance of a class derived from a builtin type: the
/// builtin value stands in for `self`.
pub fn unwrap_self(args: &[Value]) -> std::borrow::Cow<'_, [Value]> {
    if let Some(&s) = args.first()
        && let Some(inst) = payload::<PyInstance>(s)
        && !inst.base_value.is_null()
    {
        let mut v = args.to_vec();
        v[0] = inst.base_value;
        return std::borrow::Cow::Owned(v);
    }
    std::borrow::Cow::Borrowed(args)
}

/// The builtin value inside an instance of a builtin-derived class, else `v` itself.
#[inline]
pub fn base_value(v: Value) -> Value {
    match payload::<PyInstance>(v) {
        Some(i) if !i.base_value.is_null() => i.base_value,
        _ => v,
    }
}

// ----- builtin methods of object, BaseException, list/dict/set -----

fn object_init(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if args.len() > 1 {
        let ty = rt.type_of(args[0]);
        let k = rt.intern("__init__");
        let init = type_lookup(rt, ty, k)?;
        let overridden = init.is_some_and(|f| kind_of(f) != Some(Kind::Builtin));
        if overridden {
            return Err(rt.type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
        let n = type_name_of(ty);
        return Err(rt.type_error(format!("{n}() takes no arguments")));
    }
    Ok(Value::NONE)
}

/// `object.__new__(cls, ...)` (also `tuple.__new__(cls, it)` etc.: one generic `__new__`).
fn object_new(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if args.is_empty() {
        return Err(rt.type_error("object.__new__(): not enough arguments"));
    }
    let cls = args[0];
    if kind_of(cls) != Some(Kind::Type) {
        let t = rt.type_name(cls);
        return Err(rt.type_error(format!("object.__new__(X): X is not a type object ({t})")));
    }
    let p = payload_unchecked::<PyType>(cls);
    let solid = p.solid;
    let t = &rt.t;
    if solid == t.object || solid == t.list || solid == t.dict || solid == t.set {
        if p.heap {
            return builtin_new(rt, cls, &[], &[]);
        }
        return builtin_new(rt, cls, &args[1..], kw);
    }
    builtin_new(rt, cls, &args[1..], kw)
}

fn object_repr(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let v = args[0];
    let s = if kind_of(v) == Some(Kind::Instance) {
        let b = base_value(v);
        if b != v {
            crate::repr::repr(rt, b)?
        } else {
            crate::repr::default_repr(rt, v)
        }
    } else {
        crate::repr::repr(rt, v)?
    };
    Ok(rt.new_string(s))
}

fn object_str(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let v = args[0];
    let s = if kind_of(v) == Some(Kind::Instance) {
        // Through `__repr__`, which a class may define.
        crate::repr::repr(rt, v)?
    } else {
        crate::repr::to_str(rt, base_value(v))?
    };
    Ok(rt.new_string(s))
}

fn object_eq(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity(rt, "__eq__", args.len(), 2, 2)?;
    Ok(if args[0] == args[1] {
        Value::TRUE
    } else {
        Value::NOT_IMPLEMENTED
    })
}

fn object_ne(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity(rt, "__ne__", args.len(), 2, 2)?;
    // The inverse of `__eq__`, passing NotImplemented through.
    let r = match crate::attr::user_method(rt, args[0], "__eq__")? {
        Some(f) if !f.is_none() => crate::attr::call_method(rt, f, args[0], &[args[1]])?,
        _ => object_eq(rt, args, &[])?,
    };
    if r == Value::NOT_IMPLEMENTED {
        return Ok(r);
    }
    Ok(Value::bool(!crate::ops::truthy(rt, r)?))
}

fn object_hash(_rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    // The identity hash, as `ops::hash` computes it for objects without `__hash__`.
    Ok(Value::small_int((args[0].ptr_bits() >> 4) as i64))
}

/// Attribute names given as arguments must be strs.
fn attr_name_arg(rt: &mut Runtime, v: Value) -> PyResult<()> {
    if kind_of(v) != Some(Kind::Str) {
        let t = rt.type_name(v);
        return Err(rt.type_error(format!("attribute name must be string, not '{t}'")));
    }
    Ok(())
}

fn object_setattr(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity(rt, "__setattr__", args.len(), 3, 3)?;
    attr_name_arg(rt, args[1])?;
    crate::attr::generic_setattr(rt, args[0], args[1], Some(args[2]))?;
    Ok(Value::NONE)
}

fn object_delattr(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity(rt, "__delattr__", args.len(), 2, 2)?;
    attr_name_arg(rt, args[1])?;
    crate::attr::generic_setattr(rt, args[0], args[1], None)?;
    Ok(Value::NONE)
}

fn object_getattribute(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity(rt, "__getattribute__", args.len(), 2, 2)?;
    attr_name_arg(rt, args[1])?;
    crate::attr::object_getattribute(rt, args[0], args[1])
}

fn object_format(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity(rt, "__format__", args.len(), 2, 2)?;
    let spec = rt.str_of(args[1]).unwrap_or("");
    if !spec.is_empty() {
        let t = rt.type_name(args[0]);
        return Err(rt.type_error(format!(
            "unsupported format string passed to {t}.__format__"
        )));
    }
    let s = crate::repr::to_str(rt, args[0])?;
    Ok(rt.new_string(s))
}

fn object_cmp_ni(_rt: &mut Runtime, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::NOT_IMPLEMENTED)
}

fn object_reduce_ex(rt: &mut Runtime, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Err(rt.new_error(
        rt.t.not_implemented_error,
        "pickling is not supported by pyjit",
    ))
}

fn exc_init(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "BaseException", kw)?;
    let a = rt.new_tuple(args[1..].to_vec());
    if let Some(e) = payload::<PyException>(args[0]) {
        e.args = a;
    }
    Ok(Value::NONE)
}

fn exc_str(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let s = crate::repr::exception_str(rt, args[0])?;
    Ok(rt.new_string(s))
}

fn exc_with_traceback(_rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(args[0])
}

fn list_init(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "list", kw)?;
    arity(rt, "list", args.len() - 1, 0, 1)?;
    let items = match args.get(1) {
        Some(&x) => seq::to_vec(rt, x)?,
        None => Vec::new(),
    };
    payload_unchecked::<PyList>(args[0]).0 = items;
    Ok(Value::NONE)
}

fn dict_init(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let npos = args.len() - 1 - kw.len();
    arity(rt, "dict", npos, 0, 1)?;
    let d = args[0];
    if npos == 1 {
        dict::update_from(rt, d, args[1])?;
    }
    for (i, &k) in kw.iter().enumerate() {
        dict::set(rt, d, k, args[1 + npos + i])?;
    }
    Ok(Value::NONE)
}

fn set_init(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "set", kw)?;
    arity(rt, "set", args.len() - 1, 0, 1)?;
    crate::set::table(args[0]).clear();
    if let Some(&x) = args.get(1) {
        crate::set::update(rt, args[0], x)?;
    }
    Ok(Value::NONE)
}

fn type_mro(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let m = payload_unchecked::<PyType>(args[0]).mro.clone();
    Ok(rt.new_list(m))
}

fn type_subclasses(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let m = payload_unchecked::<PyType>(args[0]).subclasses.clone();
    Ok(rt.new_list(m))
}

// ----- property, classmethod, staticmethod, super -----

fn t_property(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kw.len();
    arity(rt, "property", npos, 0, 4)?;
    let mut slots = [Value::NONE; 4];
    slots[..npos].copy_from_slice(&args[..npos]);
    for (i, &k) in kw.iter().enumerate() {
        let idx = match rt.str_of(k).unwrap_or("") {
            "fget" => 0,
            "fset" => 1,
            "fdel" => 2,
            "doc" => 3,
            n => {
                let n = n.to_string();
                return Err(rt.type_error(format!(
                    "property() got an unexpected keyword argument '{n}'"
                )));
            }
        };
        slots[idx] = args[npos + i];
    }
    if slots[3].is_none() && !slots[0].is_none() {
        let k = rt.intern("__doc__");
        if let Ok(Some(d)) = crate::attr::getattr_opt(rt, slots[0], k) {
            slots[3] = d;
        }
    }
    Ok(rt.heap.alloc(PyProperty {
        fget: slots[0],
        fset: slots[1],
        fdel: slots[2],
        doc: slots[3],
    }))
}

fn prop_with(rt: &mut Runtime, args: &[Value], which: usize) -> PyResult<Value> {
    arity(rt, "property", args.len() - 1, 1, 1)?;
    let p = payload_unchecked::<PyProperty>(args[0]);
    let mut f = [p.fget, p.fset, p.fdel, p.doc];
    f[which] = args[1];
    Ok(rt.heap.alloc(PyProperty {
        fget: f[0],
        fset: f[1],
        fdel: f[2],
        doc: f[3],
    }))
}

fn prop_getter(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    prop_with(rt, args, 0)
}
fn prop_setter(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    prop_with(rt, args, 1)
}
fn prop_deleter(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    prop_with(rt, args, 2)
}
fn prop_get(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity(rt, "__get__", args.len() - 1, 1, 2)?;
    let f = payload_unchecked::<PyProperty>(args[0]).fget;
    if args[1].is_none() {
        return Ok(args[0]);
    }
    rt.call(f, &[args[1]])
}

fn t_classmethod(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "classmethod", kw)?;
    arity(rt, "classmethod", args.len(), 1, 1)?;
    Ok(rt.heap.alloc(PyClassMethod(args[0])))
}

fn t_staticmethod(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "staticmethod", kw)?;
    arity(rt, "staticmethod", args.len(), 1, 1)?;
    Ok(rt.heap.alloc(PyStaticMethod(args[0])))
}

/// `super(type, obj)`; the zero-argument form is resolved by the interpreter, which knows
/// the calling frame, and arrives here with both arguments.
pub fn make_super(rt: &mut Runtime, ty: Value, obj: Value) -> PyResult<Value> {
    if kind_of(ty) != Some(Kind::Type) {
        let t = rt.type_name(ty);
        return Err(rt.type_error(format!("super() argument 1 must be a type, not {t}")));
    }
    let start = if kind_of(obj) == Some(Kind::Type) && rt.is_subtype(obj, ty) {
        obj
    } else {
        let ot = rt.type_of(obj);
        if !rt.is_subtype(ot, ty) {
            return Err(
                rt.type_error("super(type, obj): obj must be an instance or subtype of type")
            );
        }
        ot
    };
    Ok(rt.heap.alloc(PySuper { ty, obj, start }))
}

fn t_super(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "super", kw)?;
    match args.len() {
        2 => make_super(rt, args[0], args[1]),
        0 => {
            // The calling frame (builtins run without frames of their own): `__class__`
            // from its cells, and its first argument.
            let Some(f) = rt.frames.last().copied() else {
                return Err(rt.new_error(rt.t.runtime_error, "super(): no current frame"));
            };
            let code = payload_unchecked::<crate::code::CodeObject>(f.code);
            if code.argcount == 0 && code.flags & crate::code::CO_VARARGS == 0 {
                return Err(rt.new_error(rt.t.runtime_error, "super(): no arguments"));
            }
            let mut obj = rt.stack[f.base];
            if code.localsplus_kinds[0] & crate::code::CO_FAST_CELL != 0
                && let Some(c) = payload::<PyCell>(obj)
            {
                obj = c.0;
            }
            if obj.is_null() {
                return Err(rt.new_error(rt.t.runtime_error, "super(): arg[0] deleted"));
            }
            let mut cls = Value::NULL;
            for i in 0..code.nlocalsplus() {
                if rt.str_of(code.localsplus_names[i]) == Some("__class__")
                    && code.localsplus_kinds[i] & crate::code::CO_FAST_FREE != 0
                {
                    cls = payload::<PyCell>(rt.stack[f.base + i]).map_or(Value::NULL, |c| c.0);
                }
            }
            if cls.is_null() {
                return Err(rt.new_error(rt.t.runtime_error, "super(): __class__ cell not found"));
            }
            make_super(rt, cls, obj)
        }
        _ => Err(rt.new_error(
            rt.t.not_implemented_error,
            "unbound super objects (super(type)) are not supported by pyjit",
        )),
    }
}

// ----- special methods of builtin types, for explicit calls (`super().__setitem__(k, v)`,
// `int.__add__(a, b)`). The interpreter's own dispatch stays native. -----

fn w_len(rt: &mut Runtime, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity(rt, "__len__", a.len() - 1, 0, 0)?;
    let n = seq::len(rt, a[0])?;
    Ok(rt.new_int(n as i64))
}
fn w_getitem(rt: &mut Runtime, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity(rt, "__getitem__", a.len() - 1, 1, 1)?;
    seq::getitem(rt, a[0], a[1])
}
fn w_setitem(rt: &mut Runtime, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity(rt, "__setitem__", a.len() - 1, 2, 2)?;
    seq::setitem(rt, a[0], a[1], a[2])?;
    Ok(Value::NONE)
}
fn w_delitem(rt: &mut Runtime, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity(rt, "__delitem__", a.len() - 1, 1, 1)?;
    seq::delitem(rt, a[0], a[1])?;
    Ok(Value::NONE)
}
fn w_contains(rt: &mut Runtime, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity(rt, "__contains__", a.len() - 1, 1, 1)?;
    Ok(Value::bool(seq::contains(rt, a[0], a[1])?))
}
fn w_iter(rt: &mut Runtime, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    seq::iter(rt, a[0])
}
fn w_hash(rt: &mut Runtime, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let h = crate::ops::hash(rt, a[0])?;
    Ok(rt.new_int(h))
}
fn w_bool(rt: &mut Runtime, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::bool(crate::ops::truthy(rt, a[0])?))
}
fn w_neg(rt: &mut Runtime, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    crate::ops::neg(rt, a[0])
}
fn w_pos(rt: &mut Runtime, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    crate::ops::pos(rt, a[0])
}
fn w_abs(rt: &mut Runtime, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    crate::ops::abs(rt, a[0])
}
fn w_int(rt: &mut Runtime, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let t = rt.t.int;
    let new = payload_unchecked::<PyType>(t).new.unwrap();
    new(rt, &a[..1], &[])
}
fn w_float(rt: &mut Runtime, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let t = rt.t.float;
    let new = payload_unchecked::<PyType>(t).new.unwrap();
    new(rt, &a[..1], &[])
}

macro_rules! binop_wrappers {
    ($($f:ident = $op:ident, $inplace:expr, $reflected:expr;)*) => {
        $(fn $f(rt: &mut Runtime, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
            arity(rt, stringify!($f), a.len() - 1, 1, 1)?;
            let (x, y) = if $reflected { (a[1], a[0]) } else { (a[0], a[1]) };
            match crate::ops::binary_op(rt, crate::ops::BinOp::$op, $inplace, x, y) {
                Err(e) if rt.err_matches(&e, rt.t.type_error) => Ok(Value::NOT_IMPLEMENTED),
                r => r,
            }
        })*
    };
}
binop_wrappers! {
    w_add = Add, false, false;
    w_radd = Add, false, true;
    w_iadd = Add, true, false;
    w_sub = Sub, false, false;
    w_rsub = Sub, false, true;
    w_mul = Mul, false, false;
    w_rmul = Mul, false, true;
    w_imul = Mul, true, false;
    w_truediv = TrueDiv, false, false;
    w_rtruediv = TrueDiv, false, true;
    w_floordiv = FloorDiv, false, false;
    w_rfloordiv = FloorDiv, false, true;
    w_mod = Mod, false, false;
    w_rmod = Mod, false, true;
    w_pow = Pow, false, false;
    w_rpow = Pow, false, true;
    w_and = And, false, false;
    w_or = Or, false, false;
    w_xor = Xor, false, false;
    w_lshift = LShift, false, false;
    w_rshift = RShift, false, false;
}

macro_rules! cmp_wrappers {
    ($($f:ident = $op:ident;)*) => {
        $(fn $f(rt: &mut Runtime, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
            arity(rt, stringify!($f), a.len() - 1, 1, 1)?;
            let same_family = {
                let (ta, tb) = (rt.type_of(a[0]), rt.type_of(base_value(a[1])));
                ta == tb
                    || (crate::int::is_int(a[0]) || a[0].is_float())
                        && (crate::int::is_int(base_value(a[1])) || base_value(a[1]).is_float())
            };
            if !same_family {
                return Ok(Value::NOT_IMPLEMENTED);
            }
            crate::ops::compare(rt, crate::ops::CmpOp::$op, a[0], base_value(a[1]))
        })*
    };
}
cmp_wrappers! {
    w_eq = Eq;
    w_ne = Ne;
    w_lt = Lt;
    w_le = Le;
    w_gt = Gt;
    w_ge = Ge;
}

const CONTAINER_DUNDERS: &[(&str, crate::object::BuiltinFn)] = &[
    ("__len__", w_len),
    ("__getitem__", w_getitem),
    ("__contains__", w_contains),
    ("__iter__", w_iter),
    ("__eq__", w_eq),
    ("__ne__", w_ne),
    ("__lt__", w_lt),
    ("__le__", w_le),
    ("__gt__", w_gt),
    ("__ge__", w_ge),
    ("__bool__", w_bool),
];

const NUMBER_DUNDERS: &[(&str, crate::object::BuiltinFn)] = &[
    ("__add__", w_add),
    ("__radd__", w_radd),
    ("__sub__", w_sub),
    ("__rsub__", w_rsub),
    ("__mul__", w_mul),
    ("__rmul__", w_rmul),
    ("__truediv__", w_truediv),
    ("__rtruediv__", w_rtruediv),
    ("__floordiv__", w_floordiv),
    ("__rfloordiv__", w_rfloordiv),
    ("__mod__", w_mod),
    ("__rmod__", w_rmod),
    ("__pow__", w_pow),
    ("__rpow__", w_rpow),
    ("__neg__", w_neg),
    ("__pos__", w_pos),
    ("__abs__", w_abs),
    ("__int__", w_int),
    ("__float__", w_float),
    ("__hash__", w_hash),
    ("__bool__", w_bool),
    ("__eq__", w_eq),
    ("__ne__", w_ne),
    ("__lt__", w_lt),
    ("__le__", w_le),
    ("__gt__", w_gt),
    ("__ge__", w_ge),
];

fn w_format(rt: &mut Runtime, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity(rt, "__format__", a.len() - 1, 1, 1)?;
    let spec = crate::ops::expect_str(rt, a[1], "format spec")?;
    let s = crate::format::format_value(rt, a[0], spec)?;
    Ok(rt.new_string(s))
}
fn w_next(rt: &mut Runtime, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match seq::next(rt, a[0])? {
        Some(v) => Ok(v),
        None => Err(rt.new_error_args(rt.t.stop_iteration, vec![])),
    }
}
fn w_self(_rt: &mut Runtime, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(a[0])
}
fn w_call(rt: &mut Runtime, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    rt.call_kw(a[0], &a[1..], kw)
}
fn w_reversed(rt: &mut Runtime, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let n = seq::len(rt, a[0])?;
    Ok(rt.heap.alloc(PyIter::Reversed { seq: a[0], idx: n }))
}

fn install_dunders(rt: &mut Runtime) {
    use crate::builtins::register_methods;
    let t = &rt.t;
    let containers = [
        (t.list, "list"),
        (t.tuple, "tuple"),
        (t.dict, "dict"),
        (t.set, "set"),
        (t.frozenset, "frozenset"),
        (t.str, "str"),
        (t.range, "range"),
    ];
    for (ty, name) in containers {
        register_methods(rt, ty, name, CONTAINER_DUNDERS);
    }
    let (l, d, tu, s, fs) = (rt.t.list, rt.t.dict, rt.t.tuple, rt.t.str, rt.t.frozenset);
    for (ty, name) in [(l, "list"), (d, "dict")] {
        register_methods(
            rt,
            ty,
            name,
            &[("__setitem__", w_setitem), ("__delitem__", w_delitem)],
        );
    }
    register_methods(
        rt,
        l,
        "list",
        &[
            ("__add__", w_add),
            ("__mul__", w_mul),
            ("__iadd__", w_iadd),
            ("__imul__", w_imul),
        ],
    );
    register_methods(
        rt,
        tu,
        "tuple",
        &[("__add__", w_add), ("__mul__", w_mul), ("__hash__", w_hash)],
    );
    register_methods(
        rt,
        s,
        "str",
        &[
            ("__add__", w_add),
            ("__mul__", w_mul),
            ("__mod__", w_mod),
            ("__hash__", w_hash),
        ],
    );
    register_methods(rt, fs, "frozenset", &[("__hash__", w_hash)]);
    register_methods(rt, d, "dict", &[("__or__", w_or)]);
    let (i, f) = (rt.t.int, rt.t.float);
    register_methods(rt, i, "int", NUMBER_DUNDERS);
    register_methods(
        rt,
        i,
        "int",
        &[
            ("__index__", w_int),
            ("__and__", w_and),
            ("__or__", w_or),
            ("__xor__", w_xor),
            ("__lshift__", w_lshift),
            ("__rshift__", w_rshift),
        ],
    );
    register_methods(rt, f, "float", NUMBER_DUNDERS);
    let (s2, i2, f2) = (rt.t.str, rt.t.int, rt.t.float);
    for (ty, name) in [(s2, "str"), (i2, "int"), (f2, "float")] {
        register_methods(rt, ty, name, &[("__format__", w_format)]);
    }
    let l2 = rt.t.list;
    register_methods(rt, l2, "list", &[("__reversed__", w_reversed)]);
    let t = &rt.t;
    let iterators = [
        (t.range_iterator, "range_iterator"),
        (t.list_iterator, "list_iterator"),
        (t.tuple_iterator, "tuple_iterator"),
        (t.str_iterator, "str_ascii_iterator"),
        (t.list_reverseiterator, "list_reverseiterator"),
        (t.reversed, "reversed"),
        (t.dict_keyiterator, "dict_keyiterator"),
        (t.dict_valueiterator, "dict_valueiterator"),
        (t.dict_itemiterator, "dict_itemiterator"),
        (t.set_iterator, "set_iterator"),
        (t.enumerate, "enumerate"),
        (t.zip, "zip"),
        (t.map, "map"),
        (t.filter, "filter"),
        (t.callable_iterator, "callable_iterator"),
        (t.iterator, "iterator"),
        (t.bytes_iterator, "bytes_iterator"),
        (t.deque_iterator, "_collections._deque_iterator"),
    ];
    for (ty, name) in iterators {
        register_methods(rt, ty, name, &[("__next__", w_next), ("__iter__", w_self)]);
    }
    let t = &rt.t;
    for (ty, name) in [
        (t.function, "function"),
        (t.builtin, "builtin_function_or_method"),
        (t.method, "method"),
        (t.type_, "type"),
    ] {
        register_methods(rt, ty, name, &[("__call__", w_call)]);
    }
}

/// Installs the object model's builtin methods and constructors.
pub fn install(rt: &mut Runtime) {
    use crate::builtins::register_methods;
    let t = (
        rt.t.object,
        rt.t.base_exception,
        rt.t.list,
        rt.t.dict,
        rt.t.set,
        rt.t.type_,
        rt.t.property,
    );
    register_methods(
        rt,
        t.0,
        "object",
        &[
            ("__init__", object_init),
            ("__repr__", object_repr),
            ("__str__", object_str),
            ("__eq__", object_eq),
            ("__ne__", object_ne),
            ("__hash__", object_hash),
            ("__setattr__", object_setattr),
            ("__delattr__", object_delattr),
            ("__getattribute__", object_getattribute),
            ("__format__", object_format),
            ("__lt__", object_cmp_ni),
            ("__le__", object_cmp_ni),
            ("__gt__", object_cmp_ni),
            ("__ge__", object_cmp_ni),
            ("__reduce_ex__", object_reduce_ex),
        ],
    );
    register_methods(rt, t.0, "", &[("__new__", object_new)]);
    register_methods(
        rt,
        t.1,
        "BaseException",
        &[
            ("__init__", exc_init),
            ("__str__", exc_str),
            ("with_traceback", exc_with_traceback),
        ],
    );
    register_methods(rt, t.2, "list", &[("__init__", list_init)]);
    register_methods(rt, t.3, "dict", &[("__init__", dict_init)]);
    register_methods(rt, t.4, "set", &[("__init__", set_init)]);
    register_methods(
        rt,
        t.5,
        "type",
        &[("mro", type_mro), ("__subclasses__", type_subclasses)],
    );
    register_methods(
        rt,
        t.6,
        "property",
        &[
            ("getter", prop_getter),
            ("setter", prop_setter),
            ("deleter", prop_deleter),
            ("__get__", prop_get),
        ],
    );
    install_dunders(rt);
    let ctors: Vec<(Value, crate::object::BuiltinFn)> = vec![
        (rt.t.property, t_property),
        (rt.t.classmethod, t_classmethod),
        (rt.t.staticmethod, t_staticmethod),
        (rt.t.super_, t_super),
    ];
    let b = rt.builtins;
    for (ty, f) in ctors {
        payload_unchecked::<PyType>(ty).new = Some(f);
        let n = type_name_of(ty);
        let k = rt.intern(&n);
        dict::set(rt, b, k, ty).expect("str keys hash");
    }
}
