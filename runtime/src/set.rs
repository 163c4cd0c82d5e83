//! set and frozenset operations over `SetTable`, composed as CPython composes them so that
//! iteration order matches.

use crate::gc::{header, kind_of, payload_unchecked};
use crate::hashtable::SetTable;
use crate::object::*;
use crate::ops::{self, BinOp};
use crate::value::Value;
use crate::{PyResult, Runtime, dict, seq};
use std::cmp::Ordering;

#[inline]
pub fn table(s: Value) -> &'static mut SetTable<Value> {
    &mut payload_unchecked::<PySet>(s).0
}

fn is_frozen(s: Value) -> bool {
    header(s).flags & FROZEN != 0
}

pub fn add(rt: &mut Runtime, s: Value, v: Value) -> PyResult<()> {
    let h = ops::hash(rt, v)?;
    table(s).insert(v, h, &mut |a, b| ops::eq(rt, a, b))?;
    Ok(())
}

pub fn contains(rt: &mut Runtime, s: Value, v: Value) -> PyResult<bool> {
    // An unhashable set probe is looked up as a frozenset, like CPython.
    if kind_of(v) == Some(Kind::Set) && !is_frozen(v) {
        let f = rt.new_set(true);
        table(f).merge(table(v), &mut |a, b| ops::eq(rt, a, b))?;
        return contains(rt, s, f);
    }
    let h = ops::hash(rt, v)?;
    table(s).contains(v, h, &mut |a, b| ops::eq(rt, a, b))
}

pub fn discard(rt: &mut Runtime, s: Value, v: Value) -> PyResult<bool> {
    let h = ops::hash(rt, v)?;
    Ok(table(s)
        .discard(v, h, &mut |a, b| ops::eq(rt, a, b))?
        .is_some())
}

/// `s |= iterable` (CPython's `set_update_internal`).
pub fn update(rt: &mut Runtime, s: Value, other: Value) -> PyResult<()> {
    match kind_of(other) {
        Some(Kind::Set) => {
            if s == other {
                return Ok(());
            }
            // Distinct objects, so the two table borrows do not alias.
            let (ts, to) = (table(s), table(other));
            ts.merge(to, &mut |a, b| ops::eq(rt, a, b))
        }
        Some(Kind::Dict) => {
            let n = dict::len(other);
            table(s).presize_for_update(n);
            for (k, _) in dict::entries(other) {
                add(rt, s, k)?;
            }
            Ok(())
        }
        _ => {
            let items = seq::to_vec(rt, other)?;
            for x in items {
                add(rt, s, x)?;
            }
            Ok(())
        }
    }
}

/// The frozenset constant CPython 3.11 compiles a constant set display into: built by adds
/// in source order, then rebuilt by adds in that set's iteration order (as CPython's constant
/// merging does). At run time `BUILD_SET 0; LOAD_CONST fs; SET_UPDATE 1` copies it.
pub fn frozenset_constant(rt: &mut Runtime, items: &[Value]) -> PyResult<Value> {
    let first = rt.new_set(true);
    for &x in items {
        add(rt, first, x)?;
    }
    let second = rt.new_set(true);
    let order: Vec<Value> = table(first).iter().collect();
    for x in order {
        add(rt, second, x)?;
    }
    Ok(second)
}

/// A new set holding the elements of any iterable.
pub fn set_from_iterable(rt: &mut Runtime, v: Value) -> PyResult<Value> {
    let s = rt.new_set(false);
    rt.temp_roots.push(s);
    let r = update(rt, s, v);
    rt.temp_roots.pop();
    r.map(|_| s)
}

/// Iteration step for set iterators.
pub fn entry_from(s: Value, idx: &mut usize) -> Option<Value> {
    table(s).next_entry(idx).map(|(k, _)| k)
}

pub fn set_eq(rt: &mut Runtime, a: Value, b: Value) -> PyResult<bool> {
    if table(a).len() != table(b).len() {
        return Ok(false);
    }
    let (ta, tb) = (table(a), table(b));
    ta.is_subset(tb, &mut |x, y| ops::eq(rt, x, y))
}

/// Sets are partially ordered by inclusion: `Less` for a proper subset, `Greater` for a
/// proper superset, `Equal` for equal sets, `None` when neither contains the other. With
/// `CmpOp::test` this gives `<`, `<=`, `>`, `>=` their subset meaning.
pub fn set_ordering(rt: &mut Runtime, a: Value, b: Value) -> PyResult<Option<Ordering>> {
    let (ta, tb) = (table(a), table(b));
    let sub = ta.len() <= tb.len() && ta.is_subset(tb, &mut |x, y| ops::eq(rt, x, y))?;
    let sup = tb.len() <= ta.len() && tb.is_subset(ta, &mut |x, y| ops::eq(rt, x, y))?;
    Ok(match (sub, sup) {
        (true, true) => Some(Ordering::Equal),
        (true, false) => Some(Ordering::Less),
        (false, true) => Some(Ordering::Greater),
        (false, false) => None,
    })
}

fn as_set(rt: &mut Runtime, v: Value) -> PyResult<Value> {
    if kind_of(v) == Some(Kind::Set) {
        Ok(v)
    } else {
        set_from_iterable(rt, v)
    }
}

/// `a | b`, `a & b`, `a - b`, `a ^ b` (and the in-place forms) on sets and dict views.
pub fn set_binary_op(
    rt: &mut Runtime,
    op: BinOp,
    inplace: bool,
    a: Value,
    b: Value,
) -> PyResult<Value> {
    let result_frozen = kind_of(a) == Some(Kind::Set) && is_frozen(a);
    let sa = as_set(rt, a)?;
    rt.temp_roots.push(sa);
    let sb = as_set(rt, b);
    rt.temp_roots.pop();
    let sb = sb?;
    let (ta, tb) = (table(sa), table(sb));
    let mut eq = |x, y| ops::eq(rt, x, y);
    if inplace && kind_of(a) == Some(Kind::Set) && !is_frozen(a) {
        match op {
            BinOp::Or => ta.merge(&tb.copy(), &mut eq)?,
            BinOp::And => ta.intersection_update(&tb.copy(), &mut eq)?,
            BinOp::Sub => ta.difference_update(&tb.copy(), &mut eq)?,
            _ => ta.symmetric_difference_update(&tb.copy(), &mut eq)?,
        }
        return Ok(a);
    }
    let t = match op {
        BinOp::Or => SetTable::union(ta, tb, &mut eq)?,
        BinOp::And => SetTable::intersection(ta, tb, &mut eq)?,
        BinOp::Sub => SetTable::difference(ta, tb, &mut eq)?,
        _ => SetTable::symmetric_difference(ta, tb, &mut eq)?,
    };
    let r = rt.heap.alloc(PySet(t));
    if result_frozen {
        crate::gc::set_flags(r, FROZEN);
    }
    Ok(r)
}

fn shuffle_bits(h: u64) -> u64 {
    ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
}

/// CPython's frozenset hash.
pub fn frozenset_hash(_rt: &mut Runtime, s: Value) -> PyResult<i64> {
    let t = table(s);
    let mut hash: u64 = 0;
    for (_, h) in t.entries() {
        hash ^= shuffle_bits(h as u64);
    }
    if (t.table_size() - t.fill()) & 1 == 1 {
        hash ^= shuffle_bits(0);
    }
    if (t.fill() - t.len()) & 1 == 1 {
        hash ^= shuffle_bits(u64::MAX);
    }
    hash ^= (t.len() as u64 + 1).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    if hash == u64::MAX {
        hash = 590923713;
    }
    Ok(hash as i64)
}
