//! Generic operations on values: truthiness, equality, hashing, ordering, and the binary and
//! unary operators, with CPython's results and error messages.

use crate::gc::{header, kind_of, payload, payload_unchecked};
use crate::int;
use crate::object::*;
use crate::value::Value;
use crate::{PyResult, Runtime, float};
use std::cmp::Ordering;

/// `BINARY_OP` operand codes, in CPython's order (`NB_*`); `+ 13` is the in-place form.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum BinOp {
    Add,
    And,
    FloorDiv,
    LShift,
    MatMul,
    Mul,
    Mod,
    Or,
    Pow,
    RShift,
    Sub,
    TrueDiv,
    Xor,
}

pub const BINOP_SYMBOLS: [&str; 13] = [
    "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
];
pub const INPLACE: u32 = 13;

impl BinOp {
    pub fn from_u32(n: u32) -> BinOp {
        // SAFETY: `BinOp` is `repr(u8)` with 13 consecutive variants; `n % 13` is in range.
        unsafe { std::mem::transmute::<u8, BinOp>((n % INPLACE) as u8) }
    }
}

/// `COMPARE_OP` codes, in CPython's order.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

pub const CMP_SYMBOLS: [&str; 6] = ["<", "<=", "==", "!=", ">", ">="];

impl CmpOp {
    pub fn from_u32(n: u32) -> CmpOp {
        [
            CmpOp::Lt,
            CmpOp::Le,
            CmpOp::Eq,
            CmpOp::Ne,
            CmpOp::Gt,
            CmpOp::Ge,
        ][n as usize % 6]
    }
    fn test(self, o: Ordering) -> bool {
        match self {
            CmpOp::Lt => o == Ordering::Less,
            CmpOp::Le => o != Ordering::Greater,
            CmpOp::Eq => o == Ordering::Equal,
            CmpOp::Ne => o != Ordering::Equal,
            CmpOp::Gt => o == Ordering::Greater,
            CmpOp::Ge => o != Ordering::Less,
        }
    }
}

/// A number as the arithmetic sees it.
enum Num {
    Int,
    Float(f64),
}

#[inline]
fn num(v: Value) -> Option<Num> {
    if v.is_float() {
        Some(Num::Float(v.as_float()))
    } else if v.is_small_int() || v.is_bool() || kind_of(v) == Some(Kind::Int) {
        Some(Num::Int)
    } else {
        None
    }
}

fn as_f64(rt: &mut Runtime, v: Value) -> PyResult<f64> {
    if v.is_float() {
        Ok(v.as_float())
    } else {
        int::int_to_f64(rt, v)
    }
}

pub fn truthy(rt: &mut Runtime, v: Value) -> PyResult<bool> {
    if v.is_bool() {
        return Ok(v.as_bool());
    }
    if v.is_small_int() {
        return Ok(v.as_small_int() != 0);
    }
    if v.is_float() {
        return Ok(v.as_float() != 0.0);
    }
    if v.is_none() {
        return Ok(false);
    }
    if !v.is_ptr() {
        return Ok(true);
    }
    Ok(match header(v).kind {
        Kind::Str => payload_unchecked::<PyStr>(v).chars != 0,
        Kind::Int => true,
        Kind::Tuple => !payload_unchecked::<PyTuple>(v).0.is_empty(),
        Kind::List => !payload_unchecked::<PyList>(v).0.is_empty(),
        Kind::Dict => !payload_unchecked::<PyDict>(v).0.is_empty(),
        Kind::Set => !payload_unchecked::<PySet>(v).0.is_empty(),
        Kind::Bytes => !payload_unchecked::<PyBytes>(v).0.is_empty(),
        Kind::Deque => !payload_unchecked::<PyDeque>(v).items.is_empty(),
        Kind::Range => !payload_unchecked::<PyRange>(v).is_empty(),
        Kind::DictView => crate::seq::len(rt, v)? != 0,
        Kind::Instance => return crate::dunder::truthy(rt, v),
        _ => true,
    })
}

/// `a == b`.
pub fn eq(rt: &mut Runtime, a: Value, b: Value) -> PyResult<bool> {
    if a == b {
        // Identity implies equality except for NaN floats.
        return Ok(!(a.is_float() && a.as_float().is_nan()));
    }
    if let (Some(x), Some(y)) = (num(a), num(b)) {
        return Ok(match (x, y) {
            (Num::Int, Num::Int) => int::cmp(a, b) == Ordering::Equal,
            (Num::Float(f), Num::Float(g)) => f == g,
            (Num::Int, Num::Float(f)) => int::cmp_with_float(a, f) == Some(Ordering::Equal),
            (Num::Float(f), Num::Int) => int::cmp_with_float(b, f) == Some(Ordering::Equal),
        });
    }
    let (ka, kb) = (kind_of(a), kind_of(b));
    if let Some((sa, sb)) = as_set_pair(rt, a, b)? {
        return crate::set::set_eq(rt, sa, sb);
    }
    if ka == Some(Kind::Instance) || kb == Some(Kind::Instance) {
        let r = crate::dunder::compare(rt, CmpOp::Eq, a, b)?.unwrap_or(Value::FALSE);
        return truthy(rt, r);
    }
    if ka.is_none() || ka != kb {
        return Ok(false);
    }
    match ka.unwrap() {
        Kind::Str => Ok(payload_unchecked::<PyStr>(a).s() == payload_unchecked::<PyStr>(b).s()),
        Kind::Bytes => Ok(payload_unchecked::<PyBytes>(a).0 == payload_unchecked::<PyBytes>(b).0),
        Kind::Deque => {
            let (x, y) = (crate::deque::to_vec(a), crate::deque::to_vec(b));
            seq_eq(rt, &x, &y)
        }
        Kind::Tuple => {
            let (x, y) = (
                &payload_unchecked::<PyTuple>(a).0,
                &payload_unchecked::<PyTuple>(b).0,
            );
            seq_eq(rt, x, y)
        }
        Kind::List => {
            let (x, y) = (
                payload_unchecked::<PyList>(a).0.clone(),
                payload_unchecked::<PyList>(b).0.clone(),
            );
            seq_eq(rt, &x, &y)
        }
        Kind::Dict => crate::dict::dict_eq(rt, a, b),
        Kind::Set => crate::set::set_eq(rt, a, b),
        Kind::Method => {
            let (x, y) = (
                payload_unchecked::<PyMethod>(a),
                payload_unchecked::<PyMethod>(b),
            );
            Ok(x.slf == y.slf && (x.func == y.func || eq(rt, x.func, y.func)?))
        }
        Kind::Range => {
            let (x, y) = (
                payload_unchecked::<PyRange>(a),
                payload_unchecked::<PyRange>(b),
            );
            let (lx, ly) = (x.len(), y.len());
            Ok(lx == ly && (lx == 0 || (x.start == y.start && (lx == 1 || x.step == y.step))))
        }
        Kind::Slice => {
            let (x, y) = (
                payload_unchecked::<PySlice>(a),
                payload_unchecked::<PySlice>(b),
            );
            let (p, q) = ([x.start, x.stop, x.step], [y.start, y.stop, y.step]);
            seq_eq(rt, &p, &q)
        }
        _ => Ok(false),
    }
}

fn seq_eq(rt: &mut Runtime, x: &[Value], y: &[Value]) -> PyResult<bool> {
    rt.enter_recursion(" in comparison")?;
    let r = seq_eq_inner(rt, x, y);
    rt.leave_recursion();
    r
}

fn seq_eq_inner(rt: &mut Runtime, x: &[Value], y: &[Value]) -> PyResult<bool> {
    if x.len() != y.len() {
        return Ok(false);
    }
    for i in 0..x.len() {
        // Containers compare items by identity first (so a NaN equals itself in a list).
        if x[i] != y[i] && !eq(rt, x[i], y[i])? {
            return Ok(false);
        }
    }
    Ok(true)
}

pub fn hash(rt: &mut Runtime, v: Value) -> PyResult<i64> {
    if v.is_small_int() || v.is_bool() {
        return Ok(int::hash(v));
    }
    if v.is_float() {
        return Ok(float::hash(v.as_float()));
    }
    if !v.is_ptr() {
        // None, NotImplemented, Ellipsis: constant per process, like CPython's identity hash.
        return Ok((v.0 >> 4) as i64 & 0x0fff_ffff);
    }
    match header(v).kind {
        Kind::Str => Ok(crate::strings::str_hash(payload_unchecked::<PyStr>(v))),
        Kind::Int => Ok(int::hash(v)),
        Kind::Tuple => {
            let items = payload_unchecked::<PyTuple>(v).0.clone();
            tuple_hash(rt, &items)
        }
        Kind::Set if header(v).flags & FROZEN != 0 => crate::set::frozenset_hash(rt, v),
        Kind::List | Kind::Dict | Kind::Set | Kind::DictView | Kind::Slice | Kind::Deque => {
            let tn = rt.type_name(v);
            Err(rt.type_error(format!("unhashable type: '{tn}'")))
        }
        Kind::Range => {
            let r = payload_unchecked::<PyRange>(v);
            let (len, start, step) = (r.len(), r.start, r.step);
            let items = [
                rt.new_int128(len),
                rt.new_int128(start),
                rt.new_int128(step),
            ];
            tuple_hash(rt, &items)
        }
        Kind::Instance => crate::dunder::hash(rt, v),
        Kind::Bytes => {
            if header(v).flags & MUTABLE_BYTES != 0 {
                return Err(rt.type_error("unhashable type: 'bytearray'"));
            }
            Ok(crate::bytes::hash(&payload_unchecked::<PyBytes>(v).0))
        }
        Kind::Method => {
            let m = payload_unchecked::<PyMethod>(v);
            let (f, s) = (m.func, m.slf);
            Ok(hash(rt, f)? ^ hash(rt, s)?)
        }
        _ => Ok((v.ptr_bits() >> 4) as i64),
    }
}

/// CPython's xxHash-based tuple hash.
pub fn tuple_hash(rt: &mut Runtime, items: &[Value]) -> PyResult<i64> {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc = P5;
    for &it in items {
        let lane = hash(rt, it)? as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((items.len() as u64) ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return Ok(1546275796);
    }
    Ok(acc as i64)
}

/// Sets, frozensets and the keys/items views of dicts compare with each other as sets.
fn is_setlike(v: Value) -> bool {
    match kind_of(v) {
        Some(Kind::Set) => true,
        Some(Kind::DictView) => payload_unchecked::<PyDictView>(v).mode != ViewMode::Values,
        _ => false,
    }
}

/// Set-like operands that are not both sets (a keys/items view on either side), converted
/// to sets so they compare as sets; `None` otherwise.
fn as_set_pair(rt: &mut Runtime, a: Value, b: Value) -> PyResult<Option<(Value, Value)>> {
    let both_sets = kind_of(a) == Some(Kind::Set) && kind_of(b) == Some(Kind::Set);
    if both_sets || !is_setlike(a) || !is_setlike(b) {
        return Ok(None);
    }
    let sa = crate::set::set_from_iterable(rt, a)?;
    rt.temp_roots.push(sa);
    let sb = crate::set::set_from_iterable(rt, b);
    rt.temp_roots.pop();
    Ok(Some((sa, sb?)))
}

/// Rich comparison producing a bool value.
pub fn compare(rt: &mut Runtime, op: CmpOp, a: Value, b: Value) -> PyResult<Value> {
    if kind_of(a) == Some(Kind::Instance) || kind_of(b) == Some(Kind::Instance) {
        return match crate::dunder::compare(rt, op, a, b)? {
            Some(r) => Ok(r),
            None => Err(not_ordered(rt, op, a, b)),
        };
    }
    if matches!(op, CmpOp::Eq | CmpOp::Ne) {
        let e = eq(rt, a, b)?;
        return Ok(Value::bool(e == (op == CmpOp::Eq)));
    }
    match ordering(rt, op, a, b)? {
        Some(o) => Ok(Value::bool(op.test(o))),
        None => Ok(Value::FALSE),
    }
}

/// The ordering of `a` and `b` for `<`-style operators (`None` when unordered, e.g. NaN).
pub fn ordering(rt: &mut Runtime, op: CmpOp, a: Value, b: Value) -> PyResult<Option<Ordering>> {
    if let (Some(x), Some(y)) = (num(a), num(b)) {
        return Ok(match (x, y) {
            (Num::Int, Num::Int) => Some(int::cmp(a, b)),
            (Num::Float(f), Num::Float(g)) => f.partial_cmp(&g),
            (Num::Int, Num::Float(f)) => int::cmp_with_float(a, f),
            (Num::Float(f), Num::Int) => int::cmp_with_float(b, f).map(Ordering::reverse),
        });
    }
    let (ka, kb) = (kind_of(a), kind_of(b));
    if ka == Some(Kind::Instance) || kb == Some(Kind::Instance) {
        let Some(r) = crate::dunder::compare(rt, op, a, b)? else {
            return Err(not_ordered(rt, op, a, b));
        };
        let t = truthy(rt, r)?;
        // An ordering that satisfies (or fails) `op` exactly as the method answered.
        return Ok(Some(match (op, t) {
            (CmpOp::Lt | CmpOp::Le, true) | (CmpOp::Gt | CmpOp::Ge, false) => Ordering::Less,
            _ => Ordering::Greater,
        }));
    }
    if let Some((sa, sb)) = as_set_pair(rt, a, b)? {
        return crate::set::set_ordering(rt, sa, sb);
    }
    if let Some(k) = ka
        && ka == kb
    {
        match k {
            Kind::Str => {
                return Ok(Some(crate::surrogate::cmp(
                    payload_unchecked::<PyStr>(a).s(),
                    payload_unchecked::<PyStr>(b).s(),
                )));
            }
            Kind::Tuple => {
                let (x, y) = (
                    payload_unchecked::<PyTuple>(a).0.clone(),
                    payload_unchecked::<PyTuple>(b).0.clone(),
                );
                return seq_ordering(rt, op, &x, &y);
            }
            Kind::List => {
                let (x, y) = (
                    payload_unchecked::<PyList>(a).0.clone(),
                    payload_unchecked::<PyList>(b).0.clone(),
                );
                return seq_ordering(rt, op, &x, &y);
            }
            Kind::Set => return crate::set::set_ordering(rt, a, b),
            Kind::Deque => {
                let (x, y) = (crate::deque::to_vec(a), crate::deque::to_vec(b));
                return seq_ordering(rt, op, &x, &y);
            }
            Kind::Bytes => {
                return Ok(Some(crate::bytes::compare(
                    &payload_unchecked::<PyBytes>(a).0,
                    &payload_unchecked::<PyBytes>(b).0,
                )));
            }
            _ => {}
        }
    }
    Err(not_ordered(rt, op, a, b))
}

fn not_ordered(rt: &mut Runtime, op: CmpOp, a: Value, b: Value) -> crate::PyErr {
    let (ta, tb) = (rt.type_name(a), rt.type_name(b));
    rt.type_error(format!(
        "'{}' not supported between instances of '{ta}' and '{tb}'",
        CMP_SYMBOLS[op as usize]
    ))
}

fn seq_ordering(
    rt: &mut Runtime,
    op: CmpOp,
    x: &[Value],
    y: &[Value],
) -> PyResult<Option<Ordering>> {
    rt.enter_recursion(" in comparison")?;
    let r = seq_ordering_inner(rt, op, x, y);
    rt.leave_recursion();
    r
}

fn seq_ordering_inner(
    rt: &mut Runtime,
    op: CmpOp,
    x: &[Value],
    y: &[Value],
) -> PyResult<Option<Ordering>> {
    for i in 0..x.len().min(y.len()) {
        if x[i] != y[i] && !eq(rt, x[i], y[i])? {
            return ordering(rt, op, x[i], y[i]);
        }
    }
    Ok(Some(x.len().cmp(&y.len())))
}

/// `a < b` as a Rust bool (sorting, min, max).
pub fn less_than(rt: &mut Runtime, a: Value, b: Value) -> PyResult<bool> {
    if a.is_small_int() && b.is_small_int() {
        return Ok(a.as_small_int() < b.as_small_int());
    }
    Ok(ordering(rt, CmpOp::Lt, a, b)? == Some(Ordering::Less))
}

fn unsupported(rt: &mut Runtime, op: BinOp, inplace: bool, a: Value, b: Value) -> crate::PyErr {
    let (ta, tb) = (rt.type_name(a), rt.type_name(b));
    let sym = BINOP_SYMBOLS[op as usize];
    let eqs = if inplace { "=" } else { "" };
    if op == BinOp::Pow && !inplace {
        return rt.type_error(format!(
            "unsupported operand type(s) for ** or pow(): '{ta}' and '{tb}'"
        ));
    }
    rt.type_error(format!(
        "unsupported operand type(s) for {sym}{eqs}: '{ta}' and '{tb}'"
    ))
}

/// Binary operator dispatch. `inplace` selects `+=`-style behaviour (lists extend in place).
pub fn binary_op(
    rt: &mut Runtime,
    op: BinOp,
    inplace: bool,
    a: Value,
    b: Value,
) -> PyResult<Value> {
    if let (Some(x), Some(y)) = (num(a), num(b)) {
        return match (x, y) {
            (Num::Int, Num::Int) => {
                int_op(rt, op, a, b).unwrap_or_else(|| Err(unsupported(rt, op, inplace, a, b)))
            }
            _ => {
                let (f, g) = (as_f64(rt, a)?, as_f64(rt, b)?);
                float_op(rt, op, f, g).unwrap_or_else(|| Err(unsupported(rt, op, inplace, a, b)))
            }
        };
    }
    // `str % x` is str's own operation: it goes first, whatever `x` defines.
    if op == BinOp::Mod && kind_of(a) == Some(Kind::Str) {
        return crate::format::percent_format(rt, a, b);
    }
    if (kind_of(a) == Some(Kind::Instance) || kind_of(b) == Some(Kind::Instance))
        && let Some(r) = crate::dunder::binary_op(rt, op, inplace, a, b)?
    {
        return Ok(r);
    }
    if (kind_of(a) == Some(Kind::Deque) || kind_of(b) == Some(Kind::Deque))
        && let Some(r) = crate::deque::binary_op(rt, op, inplace, a, b)?
    {
        return Ok(r);
    }
    if (kind_of(a) == Some(Kind::Bytes) || kind_of(b) == Some(Kind::Bytes))
        && let Some(r) = crate::bytes::binary_op(rt, op, inplace, a, b)?
    {
        return Ok(r);
    }
    if let Some(r) = crate::seq::seq_binary_op(rt, op, inplace, a, b)? {
        return Ok(r);
    }
    Err(unsupported(rt, op, inplace, a, b))
}

/// Int ⊕ int; `None` if the operator does not apply to ints (`@`).
pub fn int_op(rt: &mut Runtime, op: BinOp, a: Value, b: Value) -> Option<PyResult<Value>> {
    if a.is_bool() && b.is_bool() && matches!(op, BinOp::And | BinOp::Or | BinOp::Xor) {
        let (x, y) = (a.as_bool(), b.as_bool());
        return Some(Ok(Value::bool(match op {
            BinOp::And => x & y,
            BinOp::Or => x | y,
            _ => x ^ y,
        })));
    }
    Some(match op {
        BinOp::Add => Ok(int::add(rt, a, b)),
        BinOp::Sub => Ok(int::sub(rt, a, b)),
        BinOp::Mul => Ok(int::mul(rt, a, b)),
        BinOp::FloorDiv => int::floordiv(rt, a, b),
        BinOp::Mod => int::modulo(rt, a, b),
        BinOp::TrueDiv => int::truediv(rt, a, b),
        BinOp::Pow => int::pow(rt, a, b),
        BinOp::LShift => int::lshift(rt, a, b),
        BinOp::RShift => int::rshift(rt, a, b),
        BinOp::And => Ok(int::bitop(rt, b'&', a, b)),
        BinOp::Or => Ok(int::bitop(rt, b'|', a, b)),
        BinOp::Xor => Ok(int::bitop(rt, b'^', a, b)),
        BinOp::MatMul => return None,
    })
}

pub fn float_op(rt: &mut Runtime, op: BinOp, f: f64, g: f64) -> Option<PyResult<Value>> {
    Some(match op {
        BinOp::Add => Ok(Value::float(f + g)),
        BinOp::Sub => Ok(Value::float(f - g)),
        BinOp::Mul => Ok(Value::float(f * g)),
        BinOp::TrueDiv => float::truediv(rt, f, g),
        BinOp::FloorDiv => float::floordiv(rt, f, g),
        BinOp::Mod => float::modulo(rt, f, g),
        BinOp::Pow => float::pow(rt, f, g),
        _ => return None,
    })
}

pub fn divmod(rt: &mut Runtime, a: Value, b: Value) -> PyResult<Value> {
    // Instances of int/float subclasses without `__divmod__` divide as their values.
    let (ba, bb) = (crate::class::base_value(a), crate::class::base_value(b));
    if (ba != a || bb != b)
        && !(kind_of(a) == Some(Kind::Instance)
            && crate::attr::user_method(rt, a, "__divmod__")?.is_some())
        && !(kind_of(b) == Some(Kind::Instance)
            && crate::attr::user_method(rt, b, "__rdivmod__")?.is_some())
        && num(ba).is_some()
        && num(bb).is_some()
    {
        return divmod(rt, ba, bb);
    }
    let (q, r) = match (num(a), num(b)) {
        (Some(Num::Int), Some(Num::Int)) => int::divmod(rt, a, b)?,
        (Some(_), Some(_)) => {
            let (f, g) = (as_f64(rt, a)?, as_f64(rt, b)?);
            float::divmod(rt, f, g)?
        }
        _ => {
            if kind_of(a) == Some(Kind::Instance)
                && let Some(f) = crate::attr::user_method(rt, a, "__divmod__")?
            {
                let r = crate::attr::call_method(rt, f, a, &[b])?;
                if r != Value::NOT_IMPLEMENTED {
                    return Ok(r);
                }
            }
            if kind_of(b) == Some(Kind::Instance)
                && let Some(f) = crate::attr::user_method(rt, b, "__rdivmod__")?
            {
                let r = crate::attr::call_method(rt, f, b, &[a])?;
                if r != Value::NOT_IMPLEMENTED {
                    return Ok(r);
                }
            }
            let (ta, tb) = (rt.type_name(a), rt.type_name(b));
            return Err(rt.type_error(format!(
                "unsupported operand type(s) for divmod(): '{ta}' and '{tb}'"
            )));
        }
    };
    Ok(rt.new_tuple(vec![q, r]))
}

fn bad_unary(rt: &mut Runtime, sym: &str, v: Value) -> crate::PyErr {
    let t = rt.type_name(v);
    rt.type_error(format!("bad operand type for unary {sym}: '{t}'"))
}

pub fn neg(rt: &mut Runtime, v: Value) -> PyResult<Value> {
    match num(v) {
        Some(Num::Float(f)) => Ok(Value::float(-f)),
        Some(Num::Int) => Ok(int::neg(rt, v)),
        None => match crate::dunder::unary(rt, v, "__neg__")? {
            Some(r) => Ok(r),
            None => Err(bad_unary(rt, "-", v)),
        },
    }
}

pub fn pos(rt: &mut Runtime, v: Value) -> PyResult<Value> {
    match num(v) {
        Some(Num::Float(_)) => Ok(v),
        Some(Num::Int) => Ok(if v.is_bool() {
            Value::small_int(v.as_bool() as i64)
        } else {
            v
        }),
        None => match crate::dunder::unary(rt, v, "__pos__")? {
            Some(r) => Ok(r),
            None => Err(bad_unary(rt, "+", v)),
        },
    }
}

pub fn invert(rt: &mut Runtime, v: Value) -> PyResult<Value> {
    match num(v) {
        Some(Num::Int) => Ok(int::invert(rt, v)),
        _ => match crate::dunder::unary(rt, v, "__invert__")? {
            Some(r) => Ok(r),
            None => Err(bad_unary(rt, "~", v)),
        },
    }
}

pub fn abs(rt: &mut Runtime, v: Value) -> PyResult<Value> {
    match num(v) {
        Some(Num::Float(f)) => Ok(Value::float(f.abs())),
        Some(Num::Int) => Ok(int::abs(rt, v)),
        None => {
            if let Some(r) = crate::dunder::unary(rt, v, "__abs__")? {
                return Ok(r);
            }
            let t = rt.type_name(v);
            Err(rt.type_error(format!("bad operand type for abs(): '{t}'")))
        }
    }
}

/// Returns the payload string of a str value, or raises TypeError with `what`.
pub fn expect_str(rt: &mut Runtime, v: Value, what: &str) -> PyResult<&'static str> {
    match payload::<PyStr>(v) {
        Some(s) => Ok(s.s()),
        None => {
            let t = rt.type_name(v);
            if what.is_empty() {
                return Err(rt.type_error(format!("must be str, not {t}")));
            }
            Err(rt.type_error(format!("{what} must be str, not {t}")))
        }
    }
}

/// An index argument: int or bool, else TypeError with CPython's message.
pub fn index_value(rt: &mut Runtime, v: Value, what: &str) -> PyResult<i64> {
    if let Some(i) = v.as_int_like() {
        return Ok(i);
    }
    if crate::dunder::is_instance(v)
        && let Some(r) = crate::dunder::convert(rt, v, "__index__")?
    {
        return index_value(rt, r, what);
    }
    if kind_of(v) == Some(Kind::Int) {
        return Err(rt.index_error("cannot fit 'int' into an index-sized integer"));
    }
    let t = rt.type_name(v);
    Err(rt.type_error(format!(
        "{what} indices must be integers or slices, not {t}"
    )))
}
