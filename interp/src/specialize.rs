//! The specializer (PEP 659's `_Py_Specialize_*`): when a generic instruction's adaptive
//! counter runs out, it looks at the operands on the stack and rewrites the instruction in
//! place into the specialized form that fits them (`opcode.rs` lists each form's guards and
//! action), filling the inline cache the form's guards compare against. When no form fits it
//! records why and backs off exponentially.
//!
//! Inline cache use per family (fields of `InlineCache`):
//! - `LOAD_GLOBAL_MODULE`: `obj` globals dict, `version` its layout version, `index` entry.
//! - `LOAD_GLOBAL_BUILTIN`: `obj` globals dict, `version`/`aux` its layout version and entry
//!   count, `aux2` builtins layout version, `index` builtins entry.
//! - `LOAD_ATTR_{INSTANCE_VALUE,SLOT}`, `STORE_ATTR_*`: `version` type version, `shape`,
//!   `index` slot; stores also `aux` = the shape after appending (`u32::MAX`: no append).
//! - `LOAD_ATTR_METHOD_WITH_VALUES`, `LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES`: `version`,
//!   `shape`, `obj` the method or value.
//! - `LOAD_ATTR_METHOD_NO_DICT`: `index` the object's kind, `obj` the method.
//! - `LOAD_ATTR_CLASS`: `obj` the value, `version` the class's version, `aux` its kind id
//!   (the class is the one with that version).
//! - `LOAD_ATTR_PROPERTY`: `version`, `obj` the getter (a Python function of one argument).
//! - `LOAD_ATTR_MODULE`: `obj` the module, `version` its dict's layout version, `index` entry.
//! - `CALL_PY_EXACT_ARGS`, `CALL_BOUND_METHOD_EXACT_ARGS`: `obj` the code object.
//! - `CALL_LEN`, `CALL_ISINSTANCE`, `CALL_LIST_APPEND`: `obj` the builtin.
//! - Others use no cache fields beyond the counter.

use crate::knobs::{self, Knob};
use crate::opcode::*;
use crate::stats;
use pyjit_runtime::code::{CO_GENERATOR, CO_VARARGS, CO_VARKEYWORDS, CodeObject, InlineCache};
use pyjit_runtime::gc::{header, kind_of, payload, payload_unchecked};
use pyjit_runtime::object::*;
use pyjit_runtime::{Runtime, Value, attr, ops};

type Spec = Result<(Op, InlineCache), &'static str>;

/// Rewrites instruction `pc` of `code` (argument `arg`; the operands end at `rt.stack[sp]`)
/// into a specialized form, or back to its generic form with a back-off.
pub fn specialize(
    rt: &mut Runtime,
    code: &CodeObject,
    pc: usize,
    arg: u32,
    sp: usize,
    globals: Value,
) {
    let (cur, _) = decode(code.word(pc));
    let fam = cur.family();
    let result = if knobs::get(Knob::specialize) == 0 {
        Err("specialization turned off")
    } else {
        let stack = &rt.stack[..sp];
        let top = |n: usize| stack[sp - n];
        match fam {
            Op::BINARY_OP => binary_op(arg, top(2), top(1)),
            Op::COMPARE_OP => compare_op(top(2), top(1)),
            Op::BINARY_SUBSCR => subscr(top(2), top(1), false),
            Op::STORE_SUBSCR => subscr(top(2), top(1), true),
            Op::LOAD_GLOBAL => load_global(rt, code.names[(arg >> 1) as usize], globals),
            Op::LOAD_ATTR => load_attr(rt, top(1), code.names[(arg >> 1) as usize], arg & 1 == 1),
            Op::STORE_ATTR => store_attr(rt, top(1), code.names[arg as usize]),
            Op::CALL => {
                let n = arg as usize;
                call(rt, top(n + 2), top(n + 1), n)
            }
            Op::FOR_ITER => for_iter(top(1)),
            Op::UNPACK_SEQUENCE => unpack(top(1), arg as usize),
            _ => Err("not adaptive"),
        }
    };
    // SAFETY: no reference into this cache is live here (the interpreter re-reads it).
    let c = unsafe { code.cache_at(pc) };
    match result {
        Ok((op, mut entry)) => {
            if cur.is_specialized() && cur != op {
                stats::deopt(cur);
            }
            stats::specialized(op);
            entry.counter = knobs::get(Knob::cooldown).min(u16::MAX as u32) as u16;
            entry.backoff = 0;
            *c = entry;
            code.quick[pc].set(encode(op, arg));
        }
        Err(reason) => {
            if cur.is_specialized() {
                stats::deopt(cur);
            }
            stats::failure(fam, reason);
            let b = (c.backoff + 1).min(knobs::get(Knob::max_backoff).clamp(1, 15) as u16);
            *c = InlineCache {
                counter: (1u16 << b) - 1,
                backoff: b,
                ..InlineCache::EMPTY
            };
            code.quick[pc].set(encode(fam, arg));
        }
    }
}

fn ok(op: Op) -> Spec {
    Ok((op, InlineCache::EMPTY))
}

fn is_str(v: Value) -> bool {
    kind_of(v) == Some(Kind::Str)
}

fn binary_op(arg: u32, a: Value, b: Value) -> Spec {
    let op = ops::BinOp::from_u32(arg);
    use ops::BinOp::*;
    if a.is_small_int() && b.is_small_int() {
        return match op {
            Add => ok(Op::BINARY_OP_ADD_INT),
            Sub => ok(Op::BINARY_OP_SUBTRACT_INT),
            Mul => ok(Op::BINARY_OP_MULTIPLY_INT),
            And | Or | Xor | FloorDiv | Mod | LShift | RShift => ok(Op::BINARY_OP_INT),
            _ => Err("int operator without a specialized form"),
        };
    }
    if a.is_float() && b.is_float() {
        return match op {
            Add => ok(Op::BINARY_OP_ADD_FLOAT),
            Sub => ok(Op::BINARY_OP_SUBTRACT_FLOAT),
            Mul => ok(Op::BINARY_OP_MULTIPLY_FLOAT),
            TrueDiv => ok(Op::BINARY_OP_FLOAT),
            _ => Err("float operator without a specialized form"),
        };
    }
    if is_str(a) && is_str(b) {
        return match op {
            Add => ok(Op::BINARY_OP_ADD_UNICODE),
            _ => Err("str operator other than +"),
        };
    }
    if (a.is_small_int() && b.is_float()) || (a.is_float() && b.is_small_int()) {
        return Err("int and float mixed");
    }
    Err("operand types")
}

fn compare_op(a: Value, b: Value) -> Spec {
    if a.is_small_int() && b.is_small_int() {
        ok(Op::COMPARE_OP_INT)
    } else if a.is_float() && b.is_float() {
        ok(Op::COMPARE_OP_FLOAT)
    } else if is_str(a) && is_str(b) {
        ok(Op::COMPARE_OP_STR)
    } else if (a.is_small_int() && b.is_float()) || (a.is_float() && b.is_small_int()) {
        Err("int and float mixed")
    } else {
        Err("operand types")
    }
}

fn subscr(obj: Value, key: Value, store: bool) -> Spec {
    match (kind_of(obj), key.is_small_int(), store) {
        (Some(Kind::List), true, false) => ok(Op::BINARY_SUBSCR_LIST_INT),
        (Some(Kind::List), true, true) => ok(Op::STORE_SUBSCR_LIST_INT),
        (Some(Kind::Tuple), true, false) => ok(Op::BINARY_SUBSCR_TUPLE_INT),
        (Some(Kind::Dict), _, false) => ok(Op::BINARY_SUBSCR_DICT),
        (Some(Kind::Dict), _, true) => ok(Op::STORE_SUBSCR_DICT),
        (Some(Kind::List | Kind::Tuple), false, _) => Err("sequence index not a small int"),
        (Some(Kind::Str), _, _) => Err("str"),
        (Some(Kind::Instance), _, _) => Err("instance (__getitem__/__setitem__)"),
        _ => Err("container type"),
    }
}

fn layout(d: Value) -> (u32, u32) {
    let t = &payload_unchecked::<PyDict>(d).0;
    (t.layout_version() as u32, t.entries_len() as u32)
}

fn load_global(rt: &Runtime, name: Value, globals: Value) -> Spec {
    if kind_of(globals) != Some(Kind::Dict) {
        return Err("globals not a dict");
    }
    let (gv, glen) = layout(globals);
    if let Some(i) = attr::dict_index_str(globals, name) {
        return Ok((
            Op::LOAD_GLOBAL_MODULE,
            InlineCache {
                obj: globals,
                version: gv,
                index: i as u32,
                ..InlineCache::EMPTY
            },
        ));
    }
    match attr::dict_index_str(rt.builtins, name) {
        Some(i) => Ok((
            Op::LOAD_GLOBAL_BUILTIN,
            InlineCache {
                obj: globals,
                version: gv,
                aux: glen,
                aux2: layout(rt.builtins).0,
                index: i as u32,
                ..InlineCache::EMPTY
            },
        )),
        None => Err("name not defined"),
    }
}

/// Kinds whose objects have no attribute dict and exactly one (builtin) type.
fn no_dict_kind(k: Kind) -> bool {
    matches!(
        k,
        Kind::Str | Kind::List | Kind::Dict | Kind::Tuple | Kind::Deque
    )
}

/// A class attribute that reads the same through an instance or the class (no `__get__`).
fn plain_value(v: Value) -> bool {
    !matches!(
        kind_of(v),
        Some(
            Kind::Function
                | Kind::Builtin
                | Kind::ClassMethod
                | Kind::StaticMethod
                | Kind::Property
                | Kind::Instance
                | Kind::Method
        )
    )
}

fn is_dunder(rt: &Runtime, name: Value) -> bool {
    rt.str_of(name)
        .is_some_and(|s| s.starts_with("__") && s.ends_with("__"))
}

/// `(class, version)` when `obj` is an instance whose attributes a cache may describe: a
/// class statement's instance in shape mode and no class override of `hook`.
fn instance_class(
    rt: &mut Runtime,
    obj: Value,
    name: Value,
    hook: &'static str,
) -> Result<(Value, u32), &'static str> {
    let inst = payload_unchecked::<PyInstance>(obj);
    let cls = inst.cls;
    let t = payload_unchecked::<PyType>(cls);
    if !t.heap {
        return Err("instance of a builtin class");
    }
    if inst.shape == DICT_SHAPE {
        return Err("instance in dict mode");
    }
    if header(name).flags & INTERNED_STR == 0 {
        return Err("name not interned");
    }
    let version = t.version;
    match attr::lookup_in_heap_types(rt, cls, hook) {
        Ok(None) => Ok((cls, version)),
        _ => Err(if hook == "__setattr__" {
            "class overrides __setattr__"
        } else {
            "class overrides __getattribute__"
        }),
    }
}

fn load_attr(rt: &mut Runtime, obj: Value, name: Value, method: bool) -> Spec {
    match kind_of(obj) {
        Some(Kind::Instance) => {
            let (cls, version) = instance_class(rt, obj, name, "__getattribute__")?;
            let shape = payload_unchecked::<PyInstance>(obj).shape;
            let found = attr::type_lookup(rt, cls, name).map_err(|_| "lookup raised")?;
            let own = rt.shapes.index_of(shape, name);
            let entry = InlineCache {
                version,
                shape,
                ..InlineCache::EMPTY
            };
            let slots = payload_unchecked::<PyType>(cls).slots.is_some();
            match (found, own) {
                (Some(d), _) if kind_of(d) == Some(Kind::Instance) => Err("user descriptor"),
                (Some(d), _) if kind_of(d) == Some(Kind::Property) => {
                    let fget = payload_unchecked::<PyProperty>(d).fget;
                    if method {
                        return Err("property called as a method");
                    }
                    if !matches!(attr::lookup_in_heap_types(rt, cls, "__getattr__"), Ok(None)) {
                        // An AttributeError from the getter falls back to `__getattr__`.
                        return Err("property on a class with __getattr__");
                    }
                    if kind_of(fget) != Some(Kind::Function) || !exact_args(fget, 1) {
                        return Err("property getter not a simple Python function");
                    }
                    Ok((Op::LOAD_ATTR_PROPERTY, InlineCache { obj: fget, ..entry }))
                }
                (_, Some(i)) => Ok((
                    if slots {
                        Op::LOAD_ATTR_SLOT
                    } else {
                        Op::LOAD_ATTR_INSTANCE_VALUE
                    },
                    InlineCache {
                        index: i as u32,
                        ..entry
                    },
                )),
                (Some(d), None) if method && kind_of(d) == Some(Kind::Function) => Ok((
                    Op::LOAD_ATTR_METHOD_WITH_VALUES,
                    InlineCache { obj: d, ..entry },
                )),
                (Some(d), None) if plain_value(d) => Ok((
                    Op::LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES,
                    InlineCache { obj: d, ..entry },
                )),
                (Some(_), None) => Err("class attribute is a descriptor"),
                (None, None) => Err("attribute not found"),
            }
        }
        Some(Kind::Type) => {
            let t = payload_unchecked::<PyType>(obj);
            if !t.heap {
                return Err("builtin class");
            }
            if rt.type_of(obj) != rt.t.type_ {
                return Err("class with a metaclass");
            }
            if is_dunder(rt, name) {
                return Err("special name");
            }
            let version = t.version;
            let found = attr::type_lookup(rt, obj, name).map_err(|_| "lookup raised")?;
            let v = match found {
                Some(d) if kind_of(d) == Some(Kind::StaticMethod) => {
                    payload_unchecked::<PyStaticMethod>(d).0
                }
                Some(d) if kind_of(d) == Some(Kind::Function) || plain_value(d) => d,
                Some(_) => return Err("class attribute is a descriptor"),
                None => return Err("attribute not found"),
            };
            Ok((
                Op::LOAD_ATTR_CLASS,
                InlineCache {
                    obj: v,
                    version,
                    ..InlineCache::EMPTY
                },
            ))
        }
        Some(Kind::Module) => {
            let d = payload_unchecked::<PyModule>(obj).dict;
            match attr::dict_index_str(d, name) {
                Some(i) => Ok((
                    Op::LOAD_ATTR_MODULE,
                    InlineCache {
                        obj,
                        version: layout(d).0,
                        index: i as u32,
                        ..InlineCache::EMPTY
                    },
                )),
                None => Err("module attribute not found"),
            }
        }
        Some(k) if no_dict_kind(k) => {
            if !method {
                return Err("builtin object attribute");
            }
            let ty = rt.type_of(obj);
            match attr::type_lookup(rt, ty, name) {
                Ok(Some(m))
                    if kind_of(m) == Some(Kind::Builtin)
                        && !payload_unchecked::<PyBuiltin>(m).owner.is_empty() =>
                {
                    Ok((
                        Op::LOAD_ATTR_METHOD_NO_DICT,
                        InlineCache {
                            obj: m,
                            index: k as u32,
                            ..InlineCache::EMPTY
                        },
                    ))
                }
                _ => Err("builtin object attribute not a method"),
            }
        }
        _ => Err("object kind"),
    }
}

fn store_attr(rt: &mut Runtime, obj: Value, name: Value) -> Spec {
    if kind_of(obj) != Some(Kind::Instance) {
        return Err("not an instance");
    }
    let (cls, version) = instance_class(rt, obj, name, "__setattr__")?;
    if is_dunder(rt, name) {
        return Err("special name");
    }
    if let Ok(Some(d)) = attr::type_lookup(rt, cls, name)
        && matches!(kind_of(d), Some(Kind::Property | Kind::Instance))
    {
        return Err("class attribute is a data descriptor");
    }
    let t = payload_unchecked::<PyType>(cls);
    let op = match &t.slots {
        Some(s) if !s.contains(&name) => return Err("name not in __slots__"),
        Some(_) => Op::STORE_ATTR_SLOT,
        None => Op::STORE_ATTR_INSTANCE_VALUE,
    };
    let inst = payload_unchecked::<PyInstance>(obj);
    let shape = inst.shape;
    let entry = InlineCache {
        version,
        shape,
        ..InlineCache::EMPTY
    };
    if let Some(i) = rt.shapes.index_of(shape, name) {
        return Ok((
            op,
            InlineCache {
                index: i as u32,
                ..entry
            },
        ));
    }
    let n = inst.values.len();
    if n >= attr::MAX_SHAPE_ATTRS || rt.shapes.names(shape).len() != n {
        return Err("instance has too many attributes");
    }
    let next = rt.shapes.add(shape, name);
    Ok((
        op,
        InlineCache {
            index: n as u32,
            aux: next,
            ..entry
        },
    ))
}

/// Is `func` a Python function that takes exactly `nargs` positional arguments and nothing
/// else (no defaults needed, no `*args`/`**kwargs`/keyword-only, not a generator)?
pub fn exact_args(func: Value, nargs: usize) -> bool {
    let c = crate::call::code_of(func);
    c.flags & (CO_VARARGS | CO_VARKEYWORDS | CO_GENERATOR) == 0
        && c.kwonlyargcount == 0
        && c.argcount as usize == nargs
}

fn call(rt: &mut Runtime, callable: Value, self_or_null: Value, argc: usize) -> Spec {
    let has_self = !self_or_null.is_null();
    let nargs = argc + has_self as usize;
    match kind_of(callable) {
        Some(Kind::Function) => {
            if !exact_args(callable, nargs) {
                return Err(call_shape_reason(callable));
            }
            Ok((
                Op::CALL_PY_EXACT_ARGS,
                InlineCache {
                    obj: payload_unchecked::<PyFunction>(callable).code,
                    ..InlineCache::EMPTY
                },
            ))
        }
        Some(Kind::Method) if !has_self => {
            let f = payload_unchecked::<PyMethod>(callable).func;
            if kind_of(f) != Some(Kind::Function) {
                return Err("bound method of a non-function");
            }
            if !exact_args(f, argc + 1) {
                return Err(call_shape_reason(f));
            }
            Ok((
                Op::CALL_BOUND_METHOD_EXACT_ARGS,
                InlineCache {
                    obj: payload_unchecked::<PyFunction>(f).code,
                    ..InlineCache::EMPTY
                },
            ))
        }
        Some(Kind::Builtin) => {
            let b = payload_unchecked::<PyBuiltin>(callable);
            let cached = InlineCache {
                obj: callable,
                ..InlineCache::EMPTY
            };
            if !b.bound.is_null() {
                return Err("bound builtin method");
            }
            if b.owner_type.is_null() {
                if has_self {
                    return Err("builtin function with self");
                }
                return Ok(match (b.name, argc) {
                    ("len", 1) => (Op::CALL_LEN, cached),
                    ("isinstance", 2) => (Op::CALL_ISINSTANCE, cached),
                    _ => (Op::CALL_BUILTIN_FAST, InlineCache::EMPTY),
                });
            }
            if !has_self {
                return Err("unbound builtin method called with self as an argument");
            }
            if b.owner_type == rt.t.list && b.name == "append" && argc == 1 {
                return Ok((Op::CALL_LIST_APPEND, cached));
            }
            if rt.type_of(self_or_null) != b.owner_type {
                return Err("builtin method on a subclass instance");
            }
            ok(Op::CALL_METHOD_DESCRIPTOR_FAST)
        }
        Some(Kind::Type) => {
            if has_self {
                return Err("class called with self");
            }
            if callable == rt.t.type_ && argc == 1 {
                return ok(Op::CALL_TYPE_1);
            }
            if payload_unchecked::<PyType>(callable).heap {
                return Err("class instantiation");
            }
            ok(Op::CALL_BUILTIN_CLASS)
        }
        Some(Kind::Method) => Err("bound method with self"),
        _ => Err("callable kind"),
    }
}

fn call_shape_reason(func: Value) -> &'static str {
    let c = crate::call::code_of(func);
    if c.flags & CO_GENERATOR != 0 {
        "generator function"
    } else if c.flags & (CO_VARARGS | CO_VARKEYWORDS) != 0 || c.kwonlyargcount != 0 {
        "*args, **kwargs or keyword-only parameters"
    } else {
        "argument count differs (defaults)"
    }
}

fn for_iter(it: Value) -> Spec {
    if kind_of(it) == Some(Kind::Generator) {
        return ok(Op::FOR_ITER_GEN);
    }
    match payload::<PyIter>(it) {
        Some(PyIter::Range { .. }) => ok(Op::FOR_ITER_RANGE),
        Some(PyIter::Seq { seq, .. }) => match kind_of(*seq) {
            Some(Kind::List) => ok(Op::FOR_ITER_LIST),
            Some(Kind::Tuple) => ok(Op::FOR_ITER_TUPLE),
            _ => Err("sequence iterator of another type"),
        },
        Some(_) => Err("iterator kind"),
        None => Err("iterator object kind"),
    }
}

fn unpack(v: Value, n: usize) -> Spec {
    match kind_of(v) {
        Some(Kind::Tuple) if payload_unchecked::<PyTuple>(v).0.len() == n => ok(if n == 2 {
            Op::UNPACK_SEQUENCE_TWO_TUPLE
        } else {
            Op::UNPACK_SEQUENCE_TUPLE
        }),
        Some(Kind::List) if payload_unchecked::<PyList>(v).0.len() == n => {
            ok(Op::UNPACK_SEQUENCE_LIST)
        }
        Some(Kind::Tuple | Kind::List) => Err("length differs"),
        _ => Err("not a tuple or list"),
    }
}
