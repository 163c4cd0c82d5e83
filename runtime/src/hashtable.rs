//! Hash tables for Python `set`/`frozenset` and `dict` whose *observable
//! iteration order* matches CPython 3.11.
//!
//! Self-contained: std only, no `unsafe`, no `crate::` paths.  Assumes a
//! 64-bit target (CPython's `size_t`/`Py_hash_t` are 64-bit there).
//!
//! # Conventions shared by both tables
//!
//! * Keys are opaque `K: Copy + PartialEq`.  **`K`'s `==` must be *identity***
//!   (e.g. a pointer / tagged word compared bitwise): it is used for CPython's
//!   `startkey == key` fast path that runs before `__eq__`.
//! * Every key is stored together with its Python hash (`i64`, never `-1`;
//!   the caller computes it, e.g. `hash(n) == n` for small ints,
//!   `hash(-1) == -2`).  Hashes are reinterpreted as unsigned (`as u64`) for
//!   indexing and perturbation, exactly like CPython's `(size_t)hash`.
//! * Key equality is decided by a caller callback
//!   `eq(stored_key, probe_key) -> Result<bool, E>` which is only invoked when
//!   the stored hash equals the probe hash and the keys are not identical.
//!   The argument order matches CPython's
//!   `PyObject_RichCompareBool(startkey, key, Py_EQ)`.  Any
//!   `FnMut(K, K) -> Result<bool, E>` works, including
//!   `&mut dyn FnMut(K, K) -> Result<bool, E>`.  An `Err` is propagated
//!   immediately and leaves the table in a consistent state (for inserts the
//!   key was not added).
//! * Because the methods borrow the table (`&self` / `&mut self`) while `eq`
//!   runs, `eq` cannot mutate the very table being probed.  (CPython restarts
//!   the probe when `__eq__` mutates the set; a caller that lets Python code
//!   run inside `eq` must make sure such re-entrant mutation is rejected or
//!   deferred, e.g. via a `RefCell` borrow error -> `RuntimeError`.)

#![allow(dead_code)]

use std::convert::Infallible;
use std::fmt;

/// Perturbation shift used by both CPython's set and dict probing.
const PERTURB_SHIFT: u32 = 5;

#[inline(always)]
fn next_probe(i: usize, perturb: &mut u64, mask: usize) -> usize {
    // perturb >>= PERTURB_SHIFT; i = (i*5 + 1 + perturb) & mask;   (size_t math)
    *perturb >>= PERTURB_SHIFT;
    ((i as u64)
        .wrapping_mul(5)
        .wrapping_add(1)
        .wrapping_add(*perturb) as usize)
        & mask
}

// ===========================================================================
// SetTable
// ===========================================================================

/// `PySet_MINSIZE`.
pub const PYSET_MINSIZE: usize = 8;
/// `LINEAR_PROBES` of `Objects/setobject.c`.
const LINEAR_PROBES: usize = 9;

/// One slot of the open-addressing table.
/// Unused: `key == None && hash == 0`; Dummy: `key == None && hash == -1`;
/// Active: `key == Some(_)` (hash never -1).
#[derive(Clone, Copy)]
struct SetEntry<K> {
    hash: i64,
    key: Option<K>,
}

impl<K> SetEntry<K> {
    const UNUSED: SetEntry<K> = SetEntry { hash: 0, key: None };
    const DUMMY: SetEntry<K> = SetEntry {
        hash: -1,
        key: None,
    };
}

/// A faithful re-implementation of CPython 3.11's `setobject.c` table
/// (`set` and `frozenset`): same slot layout, same probing (linear runs of
/// `LINEAR_PROBES` followed by perturbed jumps), same dummy handling, same
/// `fill`/`used` accounting, same resize points and same `pop()` finger.
/// Iteration is in slot order, so `list(s)`, `repr(s)`, `for x in s` and
/// `s.pop()` sequences are identical to CPython's.
///
/// # How to compose Python operations (to get CPython's order)
///
/// `adds` below means "call [`insert`](Self::insert) for each element of the
/// iterable, in iteration order".  `a`, `b` are `SetTable`s; "dict" means an
/// *exact* `dict` (dict subclasses, views and other iterables are "iterable").
///
/// | Python | compose as |
/// |---|---|
/// | `set()` / `frozenset()` | [`new`](Self::new) |
/// | `set(iterable)`, `frozenset(iterable)`, set comprehension, `BUILD_SET` (non-constant display, any size) | `new` + adds |
/// | `set(d)` for an exact dict `d` | `new` + [`presize_for_update(len(d))`](Self::presize_for_update) + adds in dict order (each key with its stored hash) |
/// | `set(s)`, `frozenset(s)`, `s.copy()` for a set/frozenset `s` | [`s.copy()`](Self::copy) (this is `set_merge` into an empty set, **not** a plain clone; `frozenset(fs)`/`fs.copy()` for an exact frozenset return `fs` itself) |
/// | constant set display with > 2 elements, e.g. `{5, 13, 21}` (CPython folds it into a frozenset constant) | [`from_constant_display(elems)`](Self::from_constant_display) |
/// | `x in {1, 2, 3}` / `for x in {1, 2, 3}` (the AST optimizer turns the display into a frozenset constant) | iterate / probe [`frozenset_constant(elems)`](Self::frozenset_constant) |
/// | `a.update(s)`, `a \|= s` (s a set) | [`a.merge(&s)`](Self::merge) (`a.update(a)` / `a \|= a`: no-op) |
/// | `a.update(d)` (exact dict) | `presize_for_update(len(d))` + adds in dict order |
/// | `a.update(iterable)` | adds |
/// | `a \| b`, `a.union(b)` | [`SetTable::union(&a, &b)`](Self::union) (= `a.copy()` then `merge(b)`; `a \| a` = `a.copy()`) |
/// | `a.union(x, y, ...)` | `r = a.copy()`; then for each arg: skip if it *is* `a`, else merge / dict path / adds into `r` |
/// | `a & b`, `a.intersection(b)` (b a set) | [`SetTable::intersection(&a, &b)`](Self::intersection): iterates the **smaller** set (the right operand `b` on a tie) and probes the other; `a & a` = `a.copy()` |
/// | `a.intersection(iterable)` | `r = new`; for each `x` of the iterable: if `a.contains(x)` then `r.insert(x)` (inserts the iterable's object) |
/// | `a.intersection(x, y, ...)` | no args: `a.copy()`; else `r = a`; for each arg `r = intersection(r, arg)` |
/// | `a &= b`, `a.intersection_update(...)` | compute the result as above, then [`a.replace_body(r)`](Self::replace_body) (CPython swaps bodies; `a`'s pop finger is kept). `a &= a` = `a.replace_body(a.copy())` |
/// | `a - b`, `a.difference(b)` (b a set) | [`SetTable::difference(&a, &b)`](Self::difference) |
/// | `a.difference(d)` (exact dict) | if `(len(a) >> 2) > len(d)`: `r = a.copy()`, discard each dict key (dict order), [`r.finish_difference_update()`](Self::finish_difference_update); else `r = new`, for each `x` of `a` (table order) if `x not in d` then `r.insert(x)` |
/// | `a.difference(iterable)` | `r = a.copy()`; discard each element; `r.finish_difference_update()` |
/// | `a.difference(x, y, ...)` | no args: `a.copy()`; else `r = difference(a, x)` (per the rows above) then `difference_update` of `r` with each remaining arg |
/// | `a -= b`, `a.difference_update(b)` (b a set) | [`a.difference_update(&b)`](Self::difference_update); `a -= a` = [`a.clear()`](Self::clear) |
/// | `a.difference_update(iterable_or_dict)` | discard each element, then `a.finish_difference_update()` |
/// | `a ^ b`, `a.symmetric_difference(b)` (b a set) | [`SetTable::symmetric_difference(&a, &b)`](Self::symmetric_difference) (= `r = b.copy()`, then toggle every element of `a`) |
/// | `a.symmetric_difference(iterable)` | `r = set(iterable)` (new + adds, or the dict path / copy for sets), then `r.symmetric_difference_update(&a)` |
/// | `a ^= b`, `a.symmetric_difference_update(b)` (b a set) | [`a.symmetric_difference_update(&b)`](Self::symmetric_difference_update); `a ^= a` = `a.clear()` |
/// | `a.symmetric_difference_update(d)` (exact dict) | for each key of `d` (dict order): if `a.discard(k)` found nothing, `a.insert(k)` |
/// | `a.symmetric_difference_update(iterable)` | `t = new + adds(iterable)`, then `a.symmetric_difference_update(&t)` |
/// | `a.add(x)` / `a.discard(x)` / `a.remove(x)` / `x in a` | [`insert`](Self::insert) / [`discard`](Self::discard) / `discard` + KeyError on `None` / [`contains`](Self::contains) |
/// | `a.pop()` | [`pop`](Self::pop) (None -> `KeyError('pop from an empty set')`) |
/// | `a.clear()` | [`clear`](Self::clear) |
/// | `a <= b`, `a.issubset(b)` | [`is_subset`](Self::is_subset) (after converting a non-set `b` with `set(b)`) |
/// | `a.isdisjoint(b)` (b a set) | [`is_disjoint`](Self::is_disjoint) |
/// | iterator over `a` | keep a `pos: usize` (start 0) and call [`next_entry`](Self::next_entry); raise `RuntimeError("Set changed size during iteration")` when `len()` differs from the length recorded at iterator creation |
///
/// The static binary operations detect `a is b` with `std::ptr::eq`, so
/// passing the same reference twice behaves like CPython's `so == other`
/// checks; the `&mut self` variants cannot alias, the table above says what
/// the caller must do for `a op= a`.
pub struct SetTable<K> {
    table: Vec<SetEntry<K>>,
    /// `table.len() - 1`.
    mask: usize,
    /// Active + dummy slots.
    fill: usize,
    /// Active slots (`len()`).
    used: usize,
    /// `so->finger` used by `pop()`; never reset (not even by `clear`).
    finger: usize,
}

impl<K: Copy + PartialEq> Default for SetTable<K> {
    fn default() -> Self {
        Self::new()
    }
}

impl<K: Copy + PartialEq + fmt::Debug> fmt::Debug for SetTable<K> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

/// Iterator over the keys of a [`SetTable`] in slot order.
pub struct SetIter<'a, K> {
    slots: std::slice::Iter<'a, SetEntry<K>>,
    remaining: usize,
}

impl<'a, K: Copy> Iterator for SetIter<'a, K> {
    type Item = K;
    #[inline]
    fn next(&mut self) -> Option<K> {
        if self.remaining == 0 {
            return None;
        }
        for e in self.slots.by_ref() {
            if let Some(k) = e.key {
                self.remaining -= 1;
                return Some(k);
            }
        }
        None
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.remaining, Some(self.remaining))
    }
}

/// Iterator over `(key, hash)` pairs of a [`SetTable`] in slot order.
pub struct SetEntries<'a, K> {
    slots: std::slice::Iter<'a, SetEntry<K>>,
    remaining: usize,
}

impl<'a, K: Copy> Iterator for SetEntries<'a, K> {
    type Item = (K, i64);
    #[inline]
    fn next(&mut self) -> Option<(K, i64)> {
        if self.remaining == 0 {
            return None;
        }
        for e in self.slots.by_ref() {
            if let Some(k) = e.key {
                self.remaining -= 1;
                return Some((k, e.hash));
            }
        }
        None
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.remaining, Some(self.remaining))
    }
}

/// `set_insert_clean`: insert a key known to be absent into a table known to
/// contain no dummies.
fn set_insert_clean<K: Copy>(table: &mut [SetEntry<K>], mask: usize, key: K, hash: i64) {
    let mut perturb = hash as u64;
    let mut i = (hash as u64 as usize) & mask;
    loop {
        if table[i].key.is_none() {
            table[i] = SetEntry {
                hash,
                key: Some(key),
            };
            return;
        }
        if i + LINEAR_PROBES <= mask {
            for j in i + 1..=i + LINEAR_PROBES {
                if table[j].key.is_none() {
                    table[j] = SetEntry {
                        hash,
                        key: Some(key),
                    };
                    return;
                }
            }
        }
        i = next_probe(i, &mut perturb, mask);
    }
}

#[inline]
fn unwrap_infallible<T>(r: Result<T, Infallible>) -> T {
    match r {
        Ok(v) => v,
        Err(e) => match e {},
    }
}

impl<K: Copy + PartialEq> SetTable<K> {
    /// An empty set (`make_new_set(type, NULL)`): 8 slots, finger 0.
    pub fn new() -> Self {
        SetTable {
            table: vec![SetEntry::UNUSED; PYSET_MINSIZE],
            mask: PYSET_MINSIZE - 1,
            fill: 0,
            used: 0,
            finger: 0,
        }
    }

    /// Number of elements (`so->used`).
    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Number of slots (`mask + 1`).  Diagnostics only.
    pub fn table_size(&self) -> usize {
        self.mask + 1
    }

    /// Active + dummy slots (`so->fill`).  Diagnostics only.
    pub fn fill(&self) -> usize {
        self.fill
    }

    /// `set_lookkey`: index of the active slot holding an equal key.
    fn lookkey<E, F>(&self, key: K, hash: i64, eq: &mut F) -> Result<Option<usize>, E>
    where
        F: ?Sized + FnMut(K, K) -> Result<bool, E>,
    {
        let mask = self.mask;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                let e = self.table[j];
                match e.key {
                    None => {
                        if e.hash == 0 {
                            return Ok(None);
                        }
                        // dummy: keep probing
                    }
                    Some(k) => {
                        if e.hash == hash && (k == key || eq(k, key)?) {
                            return Ok(Some(j));
                        }
                    }
                }
            }
            i = next_probe(i, &mut perturb, mask);
        }
    }

    /// `key in set`.
    #[inline]
    pub fn contains<E, F>(&self, key: K, hash: i64, eq: &mut F) -> Result<bool, E>
    where
        F: ?Sized + FnMut(K, K) -> Result<bool, E>,
    {
        Ok(self.lookkey(key, hash, eq)?.is_some())
    }

    /// The stored key equal to `key`, if any.
    pub fn get<E, F>(&self, key: K, hash: i64, eq: &mut F) -> Result<Option<K>, E>
    where
        F: ?Sized + FnMut(K, K) -> Result<bool, E>,
    {
        Ok(self.lookkey(key, hash, eq)?.and_then(|j| self.table[j].key))
    }

    /// `set_add_entry`.  Returns `Ok(true)` if the key was added, `Ok(false)`
    /// if an equal key was already present (the stored key is kept).
    ///
    /// The probe remembers the *last* dummy seen on the probe path and
    /// reuses it (no fill change, no resize check) when the key is absent;
    /// otherwise the key goes into the terminating unused slot, `fill`
    /// grows and the table is resized when `fill*5 >= mask*3`.
    pub fn insert<E, F>(&mut self, key: K, hash: i64, eq: &mut F) -> Result<bool, E>
    where
        F: ?Sized + FnMut(K, K) -> Result<bool, E>,
    {
        let mask = self.mask;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut freeslot: Option<usize> = None;
        let unused = 'outer: loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                let e = self.table[j];
                match e.key {
                    None => {
                        if e.hash == 0 {
                            break 'outer j;
                        }
                        freeslot = Some(j); // hash == -1: dummy
                    }
                    Some(k) => {
                        if e.hash == hash && (k == key || eq(k, key)?) {
                            return Ok(false);
                        }
                    }
                }
            }
            i = next_probe(i, &mut perturb, mask);
        };
        if let Some(f) = freeslot {
            self.used += 1;
            self.table[f] = SetEntry {
                hash,
                key: Some(key),
            };
            return Ok(true);
        }
        self.fill += 1;
        self.used += 1;
        self.table[unused] = SetEntry {
            hash,
            key: Some(key),
        };
        if self.fill * 5 < mask * 3 {
            return Ok(true);
        }
        let used = self.used;
        self.table_resize(if used > 50000 { used * 2 } else { used * 4 });
        Ok(true)
    }

    /// `set_discard_entry`: remove an equal key, leaving a dummy.  Returns
    /// the removed (stored) key.  Never resizes.
    pub fn discard<E, F>(&mut self, key: K, hash: i64, eq: &mut F) -> Result<Option<K>, E>
    where
        F: ?Sized + FnMut(K, K) -> Result<bool, E>,
    {
        match self.lookkey(key, hash, eq)? {
            None => Ok(None),
            Some(j) => {
                let old = self.table[j].key;
                self.table[j] = SetEntry::DUMMY;
                self.used -= 1;
                Ok(old)
            }
        }
    }

    /// `set.pop()` (`set_pop`): scans from the finger (masked), wrapping
    /// around, removes the first active entry (leaving a dummy) and moves the
    /// finger just past it.  Returns `(key, hash)`; `None` when empty.
    pub fn pop(&mut self) -> Option<(K, i64)> {
        if self.used == 0 {
            return None;
        }
        let mut i = self.finger & self.mask;
        loop {
            if let Some(k) = self.table[i].key {
                let h = self.table[i].hash;
                self.table[i] = SetEntry::DUMMY;
                self.used -= 1;
                self.finger = i + 1;
                return Some((k, h));
            }
            i += 1;
            if i > self.mask {
                i = 0;
            }
        }
    }

    /// `set.clear()` (`set_clear_internal`): back to an empty 8-slot table.
    /// Like CPython, the pop finger is *not* reset.
    pub fn clear(&mut self) {
        if self.mask == PYSET_MINSIZE - 1 {
            if self.fill > 0 {
                self.table.iter_mut().for_each(|e| *e = SetEntry::UNUSED);
            }
        } else {
            self.table = vec![SetEntry::UNUSED; PYSET_MINSIZE];
            self.mask = PYSET_MINSIZE - 1;
        }
        self.fill = 0;
        self.used = 0;
    }

    /// `set_table_resize(so, minused)`: new size is the smallest power of
    /// two `> minused` (at least 8); active entries are re-inserted with
    /// `set_insert_clean` in old slot order; dummies vanish.  A small
    /// (8-slot) table without dummies that would stay at 8 slots is left
    /// untouched, exactly like CPython.
    fn table_resize(&mut self, minused: usize) {
        let mut newsize = PYSET_MINSIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        if newsize == PYSET_MINSIZE && self.mask == PYSET_MINSIZE - 1 && self.fill == self.used {
            return;
        }
        let old = std::mem::replace(&mut self.table, vec![SetEntry::UNUSED; newsize]);
        self.mask = newsize - 1;
        self.fill = self.used;
        let mask = self.mask;
        for e in old.iter() {
            if let Some(k) = e.key {
                set_insert_clean(&mut self.table, mask, k, e.hash);
            }
        }
    }

    /// The up-front resize CPython does before adding `n` keys from an exact
    /// `dict` (`set_update_internal`'s dict branch) — also done by
    /// [`merge`](Self::merge) itself:
    /// `if (fill + n)*5 >= mask*3 { resize((used + n)*2) }`.
    pub fn presize_for_update(&mut self, n: usize) {
        if (self.fill + n) * 5 >= self.mask * 3 {
            self.table_resize((self.used + n) * 2);
        }
    }

    /// `set_merge(self, other)`: `self.update(other)` for a set/frozenset
    /// `other` (caller skips the `other is self` case, which is a no-op).
    /// Presizes, then copies slot-for-slot (same size, empty target, no
    /// dummies in `other`), or re-inserts cleanly in `other`'s slot order
    /// (empty target), or does ordinary inserts in `other`'s slot order.
    pub fn merge<E, F>(&mut self, other: &SetTable<K>, eq: &mut F) -> Result<(), E>
    where
        F: ?Sized + FnMut(K, K) -> Result<bool, E>,
    {
        if other.used == 0 {
            return Ok(());
        }
        if (self.fill + other.used) * 5 >= self.mask * 3 {
            self.table_resize((self.used + other.used) * 2);
        }
        if self.fill == 0 && self.mask == other.mask && other.fill == other.used {
            self.table.copy_from_slice(&other.table);
            self.fill = other.fill;
            self.used = other.used;
            return Ok(());
        }
        if self.fill == 0 {
            self.fill = other.used;
            self.used = other.used;
            let mask = self.mask;
            for e in other.table.iter() {
                if let Some(k) = e.key {
                    set_insert_clean(&mut self.table, mask, k, e.hash);
                }
            }
            return Ok(());
        }
        for e in other.table.iter() {
            if let Some(k) = e.key {
                self.insert(k, e.hash, eq)?;
            }
        }
        Ok(())
    }

    /// `set(s)` / `s.copy()` / `frozenset(s)`: a *new* set built by
    /// `set_merge` into an empty set.  Note this is not a slot-for-slot
    /// clone in general (the new table may be smaller and dummies are
    /// dropped), so the order may differ from `s`'s — as in CPython.
    /// The new set's pop finger is 0.
    pub fn copy(&self) -> SetTable<K> {
        let mut r = SetTable::new();
        // Merging into an empty set never compares keys.
        unwrap_infallible(
            r.merge(self, &mut |_: K, _: K| -> Result<bool, Infallible> {
                Ok(false)
            }),
        );
        r
    }

    /// Exact duplicate of the internal state (slots, fill, finger).  This is
    /// *not* a Python operation (use [`copy`](Self::copy) for `set(s)`); it
    /// is meant for snapshots, e.g. iterating while the original may change.
    pub fn clone_exact(&self) -> SetTable<K> {
        SetTable {
            table: self.table.clone(),
            mask: self.mask,
            fill: self.fill,
            used: self.used,
            finger: self.finger,
        }
    }

    /// Builds the set CPython 3.11 produces for a set *display* whose
    /// elements are all constants and number more than two (e.g.
    /// `{5, 13, 21, 1, 9}`): the compiler builds `frozenset(elems)` (adds in
    /// source order), `merge_consts` rebuilds it from its own iteration
    /// order, and at run time `BUILD_SET 0; LOAD_CONST fs; SET_UPDATE`
    /// merges it into an empty set.  `elems` are `(key, hash)` in source
    /// order and must be distinct (duplicates are the caller's problem: use
    /// [`frozenset_constant`](Self::frozenset_constant) + [`copy`](Self::copy)
    /// with a real `eq` if constants may compare equal, e.g. `{1, 1.0, True}`).
    /// Displays with at most two elements, or with any non-constant element,
    /// are plain `new` + inserts in source order.
    pub fn from_constant_display(elems: &[(K, i64)]) -> SetTable<K> {
        if elems.len() <= 2 {
            let mut s = SetTable::new();
            for &(k, h) in elems {
                unwrap_infallible(
                    s.insert(k, h, &mut |a: K, b: K| -> Result<bool, Infallible> {
                        Ok(a == b)
                    }),
                );
            }
            return s;
        }
        Self::frozenset_constant(elems).copy()
    }

    /// The frozenset object CPython 3.11 stores as a code constant for a
    /// constant set display / `x in {..}` / `for x in {..}`: built by adds in
    /// source order, then rebuilt by adds in that set's iteration order
    /// (compile.c `merge_consts_recursive`).  Keys compared by identity
    /// only; see [`from_constant_display`](Self::from_constant_display).
    pub fn frozenset_constant(elems: &[(K, i64)]) -> SetTable<K> {
        let mut eq = |a: K, b: K| -> Result<bool, Infallible> { Ok(a == b) };
        let mut first = SetTable::new();
        for &(k, h) in elems {
            unwrap_infallible(first.insert(k, h, &mut eq));
        }
        let mut second = SetTable::new();
        for (k, h) in first.entries() {
            unwrap_infallible(second.insert(k, h, &mut eq));
        }
        second
    }

    /// `set_swap_bodies(self, other)` as used by `intersection_update` /
    /// `&=`: `self` takes `other`'s table, fill and used, keeping its own pop
    /// finger.
    pub fn replace_body(&mut self, other: SetTable<K>) {
        self.table = other.table;
        self.mask = other.mask;
        self.fill = other.fill;
        self.used = other.used;
    }

    /// `set_next`: positional iteration for Python iterator objects.  Start
    /// with `*pos == 0`; returns the next active `(key, hash)` at or after
    /// `*pos` and advances `*pos` past it.
    #[inline]
    pub fn next_entry(&self, pos: &mut usize) -> Option<(K, i64)> {
        let mut i = *pos;
        while i <= self.mask {
            let e = self.table[i];
            if let Some(k) = e.key {
                *pos = i + 1;
                return Some((k, e.hash));
            }
            i += 1;
        }
        *pos = i;
        None
    }

    /// Keys in slot order (CPython's iteration order).
    pub fn iter(&self) -> SetIter<'_, K> {
        SetIter {
            slots: self.table.iter(),
            remaining: self.used,
        }
    }

    /// `(key, hash)` in slot order.
    pub fn entries(&self) -> SetEntries<'_, K> {
        SetEntries {
            slots: self.table.iter(),
            remaining: self.used,
        }
    }

    /// `a | b` (`set_or`): `a.copy()` then `merge(b)`; `a | a` is `a.copy()`.
    pub fn union<E, F>(a: &SetTable<K>, b: &SetTable<K>, eq: &mut F) -> Result<SetTable<K>, E>
    where
        F: ?Sized + FnMut(K, K) -> Result<bool, E>,
    {
        let mut r = a.copy();
        if std::ptr::eq(a, b) {
            return Ok(r);
        }
        r.merge(b, eq)?;
        Ok(r)
    }

    /// `a & b` with `b` a set (`set_intersection`).  Iterates the smaller
    /// set (`b` when sizes are equal) in slot order, probes the other, and
    /// inserts hits — with the key object of the *iterated* set — into a
    /// fresh set.  `a & a` is `a.copy()`.
    pub fn intersection<E, F>(
        a: &SetTable<K>,
        b: &SetTable<K>,
        eq: &mut F,
    ) -> Result<SetTable<K>, E>
    where
        F: ?Sized + FnMut(K, K) -> Result<bool, E>,
    {
        if std::ptr::eq(a, b) {
            return Ok(a.copy());
        }
        let (iterated, probed) = if b.used > a.used { (a, b) } else { (b, a) };
        let mut r = SetTable::new();
        for (k, h) in iterated.entries() {
            if probed.contains(k, h, eq)? {
                r.insert(k, h, eq)?;
            }
        }
        Ok(r)
    }

    /// `a &= b` / `a.intersection_update(b)` with `b` a set:
    /// `intersection(a, b)` then [`replace_body`](Self::replace_body).
    /// (For `a &= a` use `a.replace_body(a.copy())`.)
    pub fn intersection_update<E, F>(&mut self, other: &SetTable<K>, eq: &mut F) -> Result<(), E>
    where
        F: ?Sized + FnMut(K, K) -> Result<bool, E>,
    {
        let r = Self::intersection(self, other, eq)?;
        self.replace_body(r);
        Ok(())
    }

    /// `a - b` with `b` a set (`set_difference`).  If
    /// `(len(a) >> 2) > len(b)`: `a.copy()` then `difference_update(b)`;
    /// otherwise a fresh set receiving, in `a`'s slot order, the keys of `a`
    /// not in `b`.
    pub fn difference<E, F>(a: &SetTable<K>, b: &SetTable<K>, eq: &mut F) -> Result<SetTable<K>, E>
    where
        F: ?Sized + FnMut(K, K) -> Result<bool, E>,
    {
        if (a.used >> 2) > b.used {
            let mut r = a.copy();
            r.difference_update(b, eq)?;
            return Ok(r);
        }
        let mut r = SetTable::new();
        for (k, h) in a.entries() {
            if !b.contains(k, h, eq)? {
                r.insert(k, h, eq)?;
            }
        }
        Ok(r)
    }

    /// `a -= b` / `a.difference_update(b)` with `b` a set
    /// (`set_difference_update_internal`).  When `(len(b) >> 3) > len(a)`,
    /// iterates `intersection(a, b)` instead of `b`; discards each key; then
    /// [`finish_difference_update`](Self::finish_difference_update).
    /// (For `a -= a` use [`clear`](Self::clear).)
    pub fn difference_update<E, F>(&mut self, other: &SetTable<K>, eq: &mut F) -> Result<(), E>
    where
        F: ?Sized + FnMut(K, K) -> Result<bool, E>,
    {
        if (other.used >> 3) > self.used {
            let tmp = Self::intersection(self, other, eq)?;
            for (k, h) in tmp.entries() {
                self.discard(k, h, eq)?;
            }
        } else {
            for (k, h) in other.entries() {
                self.discard(k, h, eq)?;
            }
        }
        self.finish_difference_update();
        Ok(())
    }

    /// Tail of `set_difference_update_internal`: "if more than 1/4th are
    /// dummies, then resize them away" — `if fill - used > mask/4` resize to
    /// `used > 50000 ? used*2 : used*4`.  Call after discarding the elements
    /// of a non-set iterable / dict in a difference update.
    pub fn finish_difference_update(&mut self) {
        if self.fill - self.used <= self.mask / 4 {
            return;
        }
        let used = self.used;
        self.table_resize(if used > 50000 { used * 2 } else { used * 4 });
    }

    /// `a ^= b` with `b` a set (`set_symmetric_difference_update`): for
    /// each key of `b` in slot order, discard it from `a`, or insert it if
    /// it was absent.  (For `a ^= a` use [`clear`](Self::clear).)
    pub fn symmetric_difference_update<E, F>(
        &mut self,
        other: &SetTable<K>,
        eq: &mut F,
    ) -> Result<(), E>
    where
        F: ?Sized + FnMut(K, K) -> Result<bool, E>,
    {
        for (k, h) in other.entries() {
            if self.discard(k, h, eq)?.is_none() {
                self.insert(k, h, eq)?;
            }
        }
        Ok(())
    }

    /// `a ^ b` with `b` a set (`set_symmetric_difference`):
    /// `r = b.copy()` then `r.symmetric_difference_update(a)`.
    pub fn symmetric_difference<E, F>(
        a: &SetTable<K>,
        b: &SetTable<K>,
        eq: &mut F,
    ) -> Result<SetTable<K>, E>
    where
        F: ?Sized + FnMut(K, K) -> Result<bool, E>,
    {
        let mut r = b.copy();
        r.symmetric_difference_update(a, eq)?;
        Ok(r)
    }

    /// `a <= b` (`set_issubset`): false if `len(a) > len(b)`, else every key
    /// of `a` (slot order) must be in `b`.
    pub fn is_subset<E, F>(&self, other: &SetTable<K>, eq: &mut F) -> Result<bool, E>
    where
        F: ?Sized + FnMut(K, K) -> Result<bool, E>,
    {
        if self.used > other.used {
            return Ok(false);
        }
        for (k, h) in self.entries() {
            if !other.contains(k, h, eq)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// `a.isdisjoint(b)` with `b` a set (`set_isdisjoint`): iterates the
    /// smaller (`b` on ties) and probes the other.
    pub fn is_disjoint<E, F>(&self, other: &SetTable<K>, eq: &mut F) -> Result<bool, E>
    where
        F: ?Sized + FnMut(K, K) -> Result<bool, E>,
    {
        if std::ptr::eq(self, other) {
            return Ok(self.used == 0);
        }
        let (iterated, probed) = if other.used > self.used {
            (self, other)
        } else {
            (other, self)
        };
        for (k, h) in iterated.entries() {
            if probed.contains(k, h, eq)? {
                return Ok(false);
            }
        }
        Ok(true)
    }
}

// ===========================================================================
// DictTable
// ===========================================================================

const IX_EMPTY: u32 = u32::MAX;
const IX_DUMMY: u32 = u32::MAX - 1;
const DICT_MINSIZE: usize = 8;

#[inline(always)]
fn usable_fraction(size: usize) -> usize {
    (size << 1) / 3
}

struct DictEntry<K, V> {
    hash: i64,
    key: K,
    value: V,
}

/// Insertion-ordered hash map with CPython's compact-dict ordering
/// semantics: a dense entries vector (deleted entries leave holes) plus an
/// open-addressed index table (CPython's perturbed probing).
///
/// * Iteration is in insertion order, skipping holes.
/// * Assigning to an existing key replaces the value in place (keeping
///   the original key object and its position).
/// * Deleting then re-inserting a key puts it last.
/// * [`pop_last`](Self::pop_last) is `dict.popitem()` (LIFO).
///
/// Entry indices (`get_index_of`, `entry_at`, `next_entry`) are positions in
/// the entries vector including holes; they stay valid until the layout
/// version ([`layout_version`](Self::layout_version)) changes, which happens
/// on compaction (during growth), `clear` and `pop_last`.
pub struct DictTable<K, V> {
    /// Open-addressed index table (`IX_EMPTY`, `IX_DUMMY` or an entry index);
    /// length is 0 (nothing allocated yet) or a power of two >= 8.
    indices: Vec<u32>,
    entries: Vec<Option<DictEntry<K, V>>>,
    /// Live entries.
    used: usize,
    /// Entries that may still be appended before a rebuild (`dk_usable`).
    usable_left: usize,
    version: u64,
}

impl<K: Copy + PartialEq, V> Default for DictTable<K, V> {
    fn default() -> Self {
        Self::new()
    }
}

impl<K: Copy + PartialEq + fmt::Debug, V: fmt::Debug> fmt::Debug for DictTable<K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

impl<K: Copy + PartialEq, V: Clone> Clone for DictTable<K, V> {
    /// Compacting clone (same order, no holes) — like `dict.copy()`.
    fn clone(&self) -> Self {
        let mut d = DictTable::with_capacity(self.used);
        for e in self.entries.iter().flatten() {
            d.push_new(e.key, e.hash, e.value.clone());
        }
        d
    }
}

impl<K: Copy + PartialEq, V> DictTable<K, V> {
    /// Empty dict; allocates nothing until the first insert.
    pub const fn new() -> Self {
        DictTable {
            indices: Vec::new(),
            entries: Vec::new(),
            used: 0,
            usable_left: 0,
            version: 0,
        }
    }

    /// Empty dict able to hold `n` entries without rebuilding.
    pub fn with_capacity(n: usize) -> Self {
        let mut d = Self::new();
        if n > 0 {
            let mut size = DICT_MINSIZE;
            while usable_fraction(size) < n {
                size <<= 1;
            }
            d.rebuild(size);
            d.entries.reserve(n);
        }
        d
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Length of the entries vector including holes (upper bound for entry
    /// indices / positional iteration).
    #[inline]
    pub fn entries_len(&self) -> usize {
        self.entries.len()
    }

    /// Changes whenever existing entry indices may have been invalidated or
    /// reused (compaction, `clear`, `pop_last`).
    #[inline]
    pub fn layout_version(&self) -> u64 {
        self.version
    }

    /// Returns `(slot, entry index)` of an equal key.
    #[inline]
    fn lookup<E, F>(&self, key: K, hash: i64, eq: &mut F) -> Result<Option<(usize, usize)>, E>
    where
        F: ?Sized + FnMut(K, K) -> Result<bool, E>,
    {
        if self.used == 0 {
            return Ok(None);
        }
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let ix = self.indices[i];
            if ix == IX_EMPTY {
                return Ok(None);
            }
            if ix != IX_DUMMY {
                if let Some(e) = &self.entries[ix as usize] {
                    if e.hash == hash && (e.key == key || eq(e.key, key)?) {
                        return Ok(Some((i, ix as usize)));
                    }
                }
            }
            i = next_probe(i, &mut perturb, mask);
        }
    }

    /// Slot of the index table that points at entry `ix` (which has `hash`).
    fn slot_of(&self, hash: i64, ix: usize) -> usize {
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let v = self.indices[i];
            if v as usize == ix {
                return i;
            }
            assert!(v != IX_EMPTY, "DictTable: corrupted index table");
            i = next_probe(i, &mut perturb, mask);
        }
    }

    /// First unused or dummy slot on `hash`'s probe path.
    #[inline]
    fn find_free_slot(indices: &[u32], hash: i64) -> usize {
        let mask = indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let v = indices[i];
            if v == IX_EMPTY || v == IX_DUMMY {
                return i;
            }
            i = next_probe(i, &mut perturb, mask);
        }
    }

    /// Compact the entries (if there are holes) and rebuild the index table
    /// with `size` slots.
    fn rebuild(&mut self, size: usize) {
        assert!(size.is_power_of_two() && size >= DICT_MINSIZE);
        assert!(size <= (IX_DUMMY as usize), "DictTable: too many entries");
        if self.used != self.entries.len() {
            self.entries.retain(|e| e.is_some());
            self.version = self.version.wrapping_add(1);
        }
        self.indices.clear();
        self.indices.resize(size, IX_EMPTY);
        let indices = &mut self.indices;
        for (ix, e) in self.entries.iter().enumerate() {
            if let Some(e) = e {
                let slot = Self::find_free_slot(indices, e.hash);
                indices[slot] = ix as u32;
            }
        }
        self.usable_left = usable_fraction(size) - self.used;
    }

    #[cold]
    fn grow(&mut self) {
        // CPython: GROWTH_RATE(d) = used*3, rounded up to a power of two.
        let size = (self.used * 3).next_power_of_two().max(DICT_MINSIZE);
        self.rebuild(size);
    }

    /// Append a new entry for a key known to be absent; returns its index.
    #[inline]
    fn push_new(&mut self, key: K, hash: i64, value: V) -> usize {
        if self.usable_left == 0 {
            self.grow();
        }
        let slot = Self::find_free_slot(&self.indices, hash);
        let ix = self.entries.len();
        self.indices[slot] = ix as u32;
        self.entries.push(Some(DictEntry { hash, key, value }));
        self.used += 1;
        self.usable_left -= 1;
        ix
    }

    /// Insert a key the caller guarantees is not present (e.g. building
    /// from another dict's keys).  Returns the new entry index.
    pub fn insert_unique_unchecked(&mut self, key: K, hash: i64, value: V) -> usize {
        self.push_new(key, hash, value)
    }

    /// Entry index of an equal key.
    #[inline]
    pub fn get_index_of<E, F>(&self, key: K, hash: i64, eq: &mut F) -> Result<Option<usize>, E>
    where
        F: ?Sized + FnMut(K, K) -> Result<bool, E>,
    {
        Ok(self.lookup(key, hash, eq)?.map(|(_, ix)| ix))
    }

    #[inline]
    pub fn contains_key<E, F>(&self, key: K, hash: i64, eq: &mut F) -> Result<bool, E>
    where
        F: ?Sized + FnMut(K, K) -> Result<bool, E>,
    {
        Ok(self.lookup(key, hash, eq)?.is_some())
    }

    #[inline]
    pub fn get<E, F>(&self, key: K, hash: i64, eq: &mut F) -> Result<Option<&V>, E>
    where
        F: ?Sized + FnMut(K, K) -> Result<bool, E>,
    {
        match self.lookup(key, hash, eq)? {
            None => Ok(None),
            Some((_, ix)) => Ok(self.entries[ix].as_ref().map(|e| &e.value)),
        }
    }

    #[inline]
    pub fn get_mut<E, F>(&mut self, key: K, hash: i64, eq: &mut F) -> Result<Option<&mut V>, E>
    where
        F: ?Sized + FnMut(K, K) -> Result<bool, E>,
    {
        match self.lookup(key, hash, eq)? {
            None => Ok(None),
            Some((_, ix)) => Ok(self.entries[ix].as_mut().map(|e| &mut e.value)),
        }
    }

    /// `d[key] = value`.  Returns the previous value if the key was present
    /// (its original key object and position are kept); otherwise appends.
    /// On `Err` the table is unchanged and `value` is dropped.
    #[inline]
    pub fn insert<E, F>(&mut self, key: K, hash: i64, value: V, eq: &mut F) -> Result<Option<V>, E>
    where
        F: ?Sized + FnMut(K, K) -> Result<bool, E>,
    {
        if let Some((_, ix)) = self.lookup(key, hash, eq)? {
            if let Some(e) = self.entries[ix].as_mut() {
                return Ok(Some(std::mem::replace(&mut e.value, value)));
            }
        }
        self.push_new(key, hash, value);
        Ok(None)
    }

    /// Like [`insert`](Self::insert) but also returns the entry index:
    /// `(index, previous value)`.
    pub fn insert_full<E, F>(
        &mut self,
        key: K,
        hash: i64,
        value: V,
        eq: &mut F,
    ) -> Result<(usize, Option<V>), E>
    where
        F: ?Sized + FnMut(K, K) -> Result<bool, E>,
    {
        if let Some((_, ix)) = self.lookup(key, hash, eq)? {
            if let Some(e) = self.entries[ix].as_mut() {
                return Ok((ix, Some(std::mem::replace(&mut e.value, value))));
            }
        }
        Ok((self.push_new(key, hash, value), None))
    }

    /// `del d[key]` / `d.pop(key)`: returns the stored `(key, value)`.
    pub fn remove<E, F>(&mut self, key: K, hash: i64, eq: &mut F) -> Result<Option<(K, V)>, E>
    where
        F: ?Sized + FnMut(K, K) -> Result<bool, E>,
    {
        match self.lookup(key, hash, eq)? {
            None => Ok(None),
            Some((slot, ix)) => {
                self.indices[slot] = IX_DUMMY;
                self.used -= 1;
                Ok(self.entries[ix].take().map(|e| (e.key, e.value)))
            }
        }
    }

    /// Remove the entry at index `ix` (if live).
    pub fn remove_at(&mut self, ix: usize) -> Option<(K, V)> {
        let hash = self.entries.get(ix)?.as_ref()?.hash;
        let slot = self.slot_of(hash, ix);
        self.indices[slot] = IX_DUMMY;
        self.used -= 1;
        self.entries[ix].take().map(|e| (e.key, e.value))
    }

    /// `dict.popitem()`: remove and return the last inserted live entry.
    pub fn pop_last(&mut self) -> Option<(K, V)> {
        if self.used == 0 {
            return None;
        }
        while let Some(last) = self.entries.pop() {
            if let Some(e) = last {
                let ix = self.entries.len();
                let slot = self.slot_of(e.hash, ix);
                self.indices[slot] = IX_DUMMY;
                self.used -= 1;
                self.version = self.version.wrapping_add(1);
                return Some((e.key, e.value));
            }
        }
        None
    }

    /// `dict.clear()`: drops all entries and frees the tables.
    pub fn clear(&mut self) {
        self.indices = Vec::new();
        self.entries = Vec::new();
        self.used = 0;
        self.usable_left = 0;
        self.version = self.version.wrapping_add(1);
    }

    /// Removes all entries, returning them in insertion order.
    pub fn drain(&mut self) -> Vec<(K, V)> {
        let entries = std::mem::take(&mut self.entries);
        self.clear();
        entries
            .into_iter()
            .flatten()
            .map(|e| (e.key, e.value))
            .collect()
    }

    /// Live entry at index `ix`.
    #[inline]
    pub fn entry_at(&self, ix: usize) -> Option<(K, &V)> {
        self.entries.get(ix)?.as_ref().map(|e| (e.key, &e.value))
    }

    #[inline]
    pub fn entry_at_mut(&mut self, ix: usize) -> Option<(K, &mut V)> {
        self.entries
            .get_mut(ix)?
            .as_mut()
            .map(|e| (e.key, &mut e.value))
    }

    /// Stored hash of the live entry at `ix`.
    #[inline]
    pub fn hash_at(&self, ix: usize) -> Option<i64> {
        self.entries.get(ix)?.as_ref().map(|e| e.hash)
    }

    /// Positional iteration for Python iterator objects: start with
    /// `*pos == 0`; returns the next live entry `(index, key, &value)` at or
    /// after `*pos` and advances `*pos` past it.
    #[inline]
    pub fn next_entry(&self, pos: &mut usize) -> Option<(usize, K, &V)> {
        while *pos < self.entries.len() {
            let ix = *pos;
            *pos += 1;
            if let Some(e) = &self.entries[ix] {
                return Some((ix, e.key, &e.value));
            }
        }
        None
    }

    /// `(key, &value)` in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = (K, &V)> + '_ {
        self.entries.iter().flatten().map(|e| (e.key, &e.value))
    }

    /// `(key, hash, &value)` in insertion order.
    pub fn iter_with_hash(&self) -> impl Iterator<Item = (K, i64, &V)> + '_ {
        self.entries
            .iter()
            .flatten()
            .map(|e| (e.key, e.hash, &e.value))
    }

    pub fn iter_mut(&mut self) -> impl Iterator<Item = (K, &mut V)> + '_ {
        self.entries
            .iter_mut()
            .flatten()
            .map(|e| (e.key, &mut e.value))
    }

    pub fn keys(&self) -> impl Iterator<Item = K> + '_ {
        self.entries.iter().flatten().map(|e| e.key)
    }

    pub fn values(&self) -> impl Iterator<Item = &V> + '_ {
        self.entries.iter().flatten().map(|e| &e.value)
    }

    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut V> + '_ {
        self.entries.iter_mut().flatten().map(|e| &mut e.value)
    }
}

// ===========================================================================
// Tests
// ===========================================================================

#[cfg(test)]
mod tests {
    use super::*;

    /// CPython's hash of an int that fits in i64.
    fn py_hash(k: i64) -> i64 {
        const P: i128 = (1i128 << 61) - 1;
        let a = (k as i128).abs() % P;
        let h = (if k < 0 { -a } else { a }) as i64;
        if h == -1 { -2 } else { h }
    }

    fn eqf(a: i64, b: i64) -> Result<bool, ()> {
        Ok(a == b)
    }

    type S = SetTable<i64>;

    fn ins(s: &mut S, k: i64) {
        s.insert(k, py_hash(k), &mut eqf).unwrap();
    }
    fn dis(s: &mut S, k: i64) {
        s.discard(k, py_hash(k), &mut eqf).unwrap();
    }
    fn mk(l: &[i64]) -> S {
        let mut s = S::new();
        for &k in l {
            ins(&mut s, k);
        }
        s
    }
    fn lst(s: &S) -> Vec<i64> {
        s.iter().collect()
    }
    fn hashed(l: &[i64]) -> Vec<(i64, i64)> {
        l.iter().map(|&k| (k, py_hash(k))).collect()
    }
    fn pop_n(s: &mut S, n: usize) -> Vec<i64> {
        (0..n).map(|_| s.pop().unwrap().0).collect()
    }

    // ---- mirrors of the Python helpers used to generate the expectations ----
    // The expected literals in `set_orders_match_cpython` were printed by
    // CPython 3.11.7 evaluating `list(f(*args))` with these definitions:
    //   adds(L):  s = set(); [s.add(x) for x in L]; return s
    //   literal(L): eval("{" + ",".join(map(str, L)) + "}")   (constant display)
    //   frozen_const(L): [x for x in {L...}]  (AST-folded frozenset constant)
    //   copy(L): set(adds(L));  copy_after(L, R): discard R from adds(L), .copy()
    //   rem_add(L, R, A): adds(L), discard R, add A
    //   add_remove_cycle(L, R): adds(L); 3x (discard R; add reversed(R))
    //   union/inter/diff/symdiff(A, B): adds(A) |,&,-,^ adds(B)
    //   lit_union/lit_inter(A, B): literal(A) | / & literal(B)
    //   pops(L, [n]): n pops of adds(L), then list of the rest
    //   pops_mixed(L, [n1], A, [n2]): n1 pops, add A, n2 pops, then the rest
    //   clear_then(L, [n], A): n pops, clear(), add A, pop everything
    //   iand_pops(A, B, [n]): s = adds(A); s.pop(); s &= adds(B); n pops + rest
    //   update_dict(A, B): adds(A).update(dict.fromkeys(B)); from_dict(B): set(dict.fromkeys(B))
    //   ior/iand/isub/ixor(A, B): s = adds(A); s op= adds(B)
    //   diff_iter(A, B): adds(A).difference_update(B)   (B a list)
    //   inter_iter(A, B): adds(A).intersection(B)        (B a list)
    //   xor_iter(A, B): adds(A).symmetric_difference_update(B)  (B a list)
    fn adds(l: &[i64]) -> Vec<i64> {
        lst(&mk(l))
    }
    fn literal(l: &[i64]) -> Vec<i64> {
        lst(&S::from_constant_display(&hashed(l)))
    }
    fn frozen_const(l: &[i64]) -> Vec<i64> {
        lst(&S::frozenset_constant(&hashed(l)))
    }
    fn copy(l: &[i64]) -> Vec<i64> {
        lst(&mk(l).copy())
    }
    fn copy_after(l: &[i64], r: &[i64]) -> Vec<i64> {
        let mut s = mk(l);
        for &k in r {
            dis(&mut s, k);
        }
        lst(&s.copy())
    }
    fn rem_add(l: &[i64], r: &[i64], a: &[i64]) -> Vec<i64> {
        let mut s = mk(l);
        for &k in r {
            dis(&mut s, k);
        }
        for &k in a {
            ins(&mut s, k);
        }
        lst(&s)
    }
    fn add_remove_cycle(l: &[i64], r: &[i64]) -> Vec<i64> {
        let mut s = mk(l);
        for _ in 0..3 {
            for &k in r {
                dis(&mut s, k);
            }
            for &k in r.iter().rev() {
                ins(&mut s, k);
            }
        }
        lst(&s)
    }
    fn union(a: &[i64], b: &[i64]) -> Vec<i64> {
        lst(&S::union(&mk(a), &mk(b), &mut eqf).unwrap())
    }
    fn inter(a: &[i64], b: &[i64]) -> Vec<i64> {
        lst(&S::intersection(&mk(a), &mk(b), &mut eqf).unwrap())
    }
    fn diff(a: &[i64], b: &[i64]) -> Vec<i64> {
        lst(&S::difference(&mk(a), &mk(b), &mut eqf).unwrap())
    }
    fn symdiff(a: &[i64], b: &[i64]) -> Vec<i64> {
        lst(&S::symmetric_difference(&mk(a), &mk(b), &mut eqf).unwrap())
    }
    fn lit_union(a: &[i64], b: &[i64]) -> Vec<i64> {
        let (x, y) = (
            S::from_constant_display(&hashed(a)),
            S::from_constant_display(&hashed(b)),
        );
        lst(&S::union(&x, &y, &mut eqf).unwrap())
    }
    fn lit_inter(a: &[i64], b: &[i64]) -> Vec<i64> {
        let (x, y) = (
            S::from_constant_display(&hashed(a)),
            S::from_constant_display(&hashed(b)),
        );
        lst(&S::intersection(&x, &y, &mut eqf).unwrap())
    }
    fn pops(l: &[i64], n: &[i64]) -> Vec<i64> {
        let mut s = mk(l);
        let mut out = pop_n(&mut s, n[0] as usize);
        out.extend(s.iter());
        out
    }
    fn pops_mixed(l: &[i64], n1: &[i64], a: &[i64], n2: &[i64]) -> Vec<i64> {
        let mut s = mk(l);
        let mut out = pop_n(&mut s, n1[0] as usize);
        for &k in a {
            ins(&mut s, k);
        }
        out.extend(pop_n(&mut s, n2[0] as usize));
        out.extend(s.iter());
        out
    }
    fn clear_then(l: &[i64], n: &[i64], a: &[i64]) -> Vec<i64> {
        let mut s = mk(l);
        pop_n(&mut s, n[0] as usize);
        s.clear();
        for &k in a {
            ins(&mut s, k);
        }
        let len = s.len();
        pop_n(&mut s, len)
    }
    fn iand_pops(a: &[i64], b: &[i64], n: &[i64]) -> Vec<i64> {
        let mut s = mk(a);
        s.pop();
        s.intersection_update(&mk(b), &mut eqf).unwrap();
        let mut out = pop_n(&mut s, n[0] as usize);
        out.extend(s.iter());
        out
    }
    /// `set.update(dict.fromkeys(b))`: exact-dict path.
    fn update_dict(a: &[i64], b: &[i64]) -> Vec<i64> {
        let mut s = mk(a);
        let mut d: DictTable<i64, ()> = DictTable::new();
        for &k in b {
            d.insert(k, py_hash(k), (), &mut eqf).unwrap();
        }
        s.presize_for_update(d.len());
        for (k, h, _) in d.iter_with_hash() {
            s.insert(k, h, &mut eqf).unwrap();
        }
        lst(&s)
    }
    fn from_dict(b: &[i64]) -> Vec<i64> {
        update_dict(&[], b)
    }
    fn ior(a: &[i64], b: &[i64]) -> Vec<i64> {
        let mut s = mk(a);
        s.merge(&mk(b), &mut eqf).unwrap();
        lst(&s)
    }
    fn iand(a: &[i64], b: &[i64]) -> Vec<i64> {
        let mut s = mk(a);
        s.intersection_update(&mk(b), &mut eqf).unwrap();
        lst(&s)
    }
    fn isub(a: &[i64], b: &[i64]) -> Vec<i64> {
        let mut s = mk(a);
        s.difference_update(&mk(b), &mut eqf).unwrap();
        lst(&s)
    }
    fn ixor(a: &[i64], b: &[i64]) -> Vec<i64> {
        let mut s = mk(a);
        s.symmetric_difference_update(&mk(b), &mut eqf).unwrap();
        lst(&s)
    }
    /// `s.difference_update(list)`: discard each, then the dummy purge.
    fn diff_iter(a: &[i64], b: &[i64]) -> Vec<i64> {
        let mut s = mk(a);
        for &k in b {
            dis(&mut s, k);
        }
        s.finish_difference_update();
        lst(&s)
    }
    /// `s.intersection(list)`.
    fn inter_iter(a: &[i64], b: &[i64]) -> Vec<i64> {
        let s = mk(a);
        let mut r = S::new();
        for &k in b {
            if s.contains(k, py_hash(k), &mut eqf).unwrap() {
                ins(&mut r, k);
            }
        }
        lst(&r)
    }
    /// `s.symmetric_difference_update(list)`: via a temporary set(list).
    fn xor_iter(a: &[i64], b: &[i64]) -> Vec<i64> {
        let mut s = mk(a);
        s.symmetric_difference_update(&mk(b), &mut eqf).unwrap();
        lst(&s)
    }

    #[test]
    fn set_orders_match_cpython() {
        assert_eq!(adds(&[5, 13, 21, 1, 9]), [1, 5, 9, 13, 21], "case 0: adds");
        assert_eq!(adds(&[1, 2, 3]), [1, 2, 3], "case 1: adds");
        assert_eq!(adds(&[]), [], "case 2: adds");
        assert_eq!(
            adds(&[
                0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
                23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43,
                44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64,
                65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85,
                86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99
            ]),
            [
                0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
                23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43,
                44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64,
                65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85,
                86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99
            ],
            "case 3: adds"
        );
        assert_eq!(
            adds(&[
                99, 98, 97, 96, 95, 94, 93, 92, 91, 90, 89, 88, 87, 86, 85, 84, 83, 82, 81, 80, 79,
                78, 77, 76, 75, 74, 73, 72, 71, 70, 69, 68, 67, 66, 65, 64, 63, 62, 61, 60, 59, 58,
                57, 56, 55, 54, 53, 52, 51, 50, 49, 48, 47, 46, 45, 44, 43, 42, 41, 40, 39, 38, 37,
                36, 35, 34, 33, 32, 31, 30, 29, 28, 27, 26, 25, 24, 23, 22, 21, 20, 19, 18, 17, 16,
                15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0
            ]),
            [
                0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
                23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43,
                44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64,
                65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85,
                86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99
            ],
            "case 4: adds"
        );
        assert_eq!(
            adds(&[
                63, 19, 83, 87, 88, 28, 8, 76, 46, 59, 39, 90, 29, 60, 84, 30, 12, 25, 54, 17, 62,
                35, 27, 56, 81, 5, 97, 4, 98, 40, 50, 16, 79, 13, 31, 7, 48, 2, 73, 96, 86, 14, 69,
                51, 36, 75, 99, 65, 77, 6, 92, 82, 37, 49, 10, 42, 57, 0, 85, 89, 44, 32, 61, 66,
                68, 58, 3, 41, 43, 94, 9, 26, 18, 21, 64, 74, 52, 67, 11, 45, 23, 70, 78, 22, 80,
                71, 33, 91, 15, 95, 20, 55, 72, 34, 24, 47, 38, 1, 93, 53
            ]),
            [
                0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
                23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43,
                44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64,
                65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85,
                86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99
            ],
            "case 5: adds"
        );
        assert_eq!(
            adds(&[
                35, 37, 74, 91, 6, 95, 27, 40, 39, 28, 73, 83, 30, 5, 44, 2, 3, 93, 60, 99, 13, 34,
                54, 31, 24, 22, 16, 17, 38, 9, 69, 52, 14, 45, 8, 47, 65, 59, 94, 97, 76, 88, 32,
                58, 56, 64, 43, 75, 49, 67, 89, 55, 81, 85, 96, 57, 86, 72, 92, 98, 48, 50, 4, 51,
                33, 12, 23, 82, 90, 18, 0, 66, 11, 68, 87, 36, 77, 20, 26, 29, 42, 21, 63, 10, 19,
                71, 15, 84, 46, 25, 70, 53, 78, 41, 62, 80, 1, 7, 79, 61
            ]),
            [
                0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
                23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43,
                44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64,
                65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85,
                86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99
            ],
            "case 6: adds"
        );
        assert_eq!(
            adds(&[
                64, 43, 1, 94, 73, 55, 87, 58, 81, 35, 72, 52, 8, 54, 70, 30, 99, 19, 11, 48, 41,
                63, 90, 46, 82, 76, 92, 65, 4, 79, 69, 60, 78, 96, 45, 97, 75, 71, 51, 66, 67, 22,
                89, 36, 16, 13, 37, 59, 31, 98, 15, 56, 68, 25, 21, 83, 2, 32, 7, 74, 91, 12, 27,
                42, 29, 39, 18, 88, 20, 84, 53, 5, 47, 85, 9, 49, 40, 38, 26, 93, 34, 23, 62, 50,
                24, 77, 14, 95, 10, 80, 86, 0, 17, 44, 28, 3, 57, 33, 6, 61
            ]),
            [
                0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
                23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43,
                44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64,
                65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85,
                86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99
            ],
            "case 7: adds"
        );
        assert_eq!(
            adds(&[
                70, 77, 88, 34, 40, 47, 8, 38, 0, 66, 19, 56, 29, 65, 11, 59, 5, 24, 18, 83, 9, 92,
                53, 10, 3, 46, 98, 2, 21, 45, 61, 85, 44, 37, 80, 33, 52, 32, 43, 64, 55, 25, 74,
                75, 68, 31, 93, 17, 13, 91, 36, 99, 86, 89, 51, 35, 71, 94, 57, 50, 87, 82, 41, 1,
                81, 73, 84, 26, 23, 96, 30, 69, 49, 20, 42, 76, 28, 54, 95, 60, 63, 58, 90, 67, 27,
                39, 6, 4, 22, 78, 12, 15, 62, 14, 97, 7, 79, 72, 48, 16
            ]),
            [
                0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
                23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43,
                44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64,
                65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85,
                86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99
            ],
            "case 8: adds"
        );
        assert_eq!(
            adds(&[-1, -2, -3, -4, -5, -6, -7, -8, -9, -10]),
            [-2, -9, -8, -7, -6, -5, -4, -3, -1, -10],
            "case 9: adds"
        );
        assert_eq!(
            adds(&[
                14, 20, 13, -5, -9, -18, -12, 0, -13, -8, 10, 2, 12, 1, -17, 7, 4, 11, -11, -1, 18,
                -14, -10, 6, 19, -2, -16, 8, -20, -3, 9, 16, 17, -15, -6, -4, 15, -7, 3, 5, -19
            ]),
            [
                0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, -7, -20,
                -19, -18, -17, -16, -15, -14, -13, -12, -11, -10, -9, -8, -2, -6, -5, -4, -3, -1
            ],
            "case 10: adds"
        );
        assert_eq!(
            adds(&[-1, -2, 0, 1, 2, 7, 8, 9]),
            [0, 1, 2, 7, 8, 9, -2, -1],
            "case 11: adds"
        );
        assert_eq!(
            adds(&[
                1099511627790,
                1099511627788,
                1099511627778,
                1099511627785,
                1099511627783,
                1099511627776,
                1099511627795,
                1099511627784,
                1099511627782,
                1099511627794,
                1099511627786,
                1099511627780,
                1099511627792,
                1099511627793,
                1099511627787,
                1099511627779,
                1099511627777,
                1099511627789,
                1099511627781,
                1099511627791
            ]),
            [
                1099511627776,
                1099511627777,
                1099511627778,
                1099511627779,
                1099511627780,
                1099511627781,
                1099511627782,
                1099511627783,
                1099511627784,
                1099511627785,
                1099511627786,
                1099511627787,
                1099511627788,
                1099511627789,
                1099511627790,
                1099511627791,
                1099511627792,
                1099511627793,
                1099511627794,
                1099511627795
            ],
            "case 12: adds"
        );
        assert_eq!(
            adds(&[
                1099511627776,
                2199023255552,
                3298534883328,
                4398046511104,
                5497558138880,
                6597069766656,
                7696581394432,
                8796093022208,
                9895604649984,
                10995116277760,
                12094627905536,
                13194139533312,
                14293651161088,
                15393162788864,
                16492674416640,
                17592186044416,
                18691697672192,
                19791209299968,
                20890720927744,
                21990232555520,
                23089744183296,
                24189255811072,
                25288767438848,
                26388279066624,
                27487790694400,
                28587302322176,
                29686813949952,
                30786325577728,
                31885837205504
            ]),
            [
                1099511627776,
                2199023255552,
                5497558138880,
                3298534883328,
                4398046511104,
                6597069766656,
                7696581394432,
                8796093022208,
                9895604649984,
                10995116277760,
                12094627905536,
                13194139533312,
                14293651161088,
                15393162788864,
                16492674416640,
                17592186044416,
                29686813949952,
                30786325577728,
                31885837205504,
                20890720927744,
                19791209299968,
                18691697672192,
                21990232555520,
                23089744183296,
                24189255811072,
                25288767438848,
                26388279066624,
                27487790694400,
                28587302322176
            ],
            "case 13: adds"
        );
        assert_eq!(
            adds(&[
                7,
                4294967303,
                8589934599,
                12884901895,
                17179869191,
                21474836487,
                25769803783,
                30064771079,
                34359738375,
                38654705671,
                42949672967,
                47244640263,
                51539607559,
                55834574855,
                60129542151,
                64424509447,
                68719476743,
                73014444039,
                77309411335,
                81604378631,
                85899345927,
                90194313223,
                94489280519,
                98784247815,
                103079215111
            ]),
            [
                42949672967,
                47244640263,
                51539607559,
                12884901895,
                17179869191,
                4294967303,
                8589934599,
                7,
                21474836487,
                25769803783,
                30064771079,
                34359738375,
                38654705671,
                55834574855,
                60129542151,
                64424509447,
                68719476743,
                73014444039,
                77309411335,
                81604378631,
                85899345927,
                90194313223,
                94489280519,
                98784247815,
                103079215111
            ],
            "case 14: adds"
        );
        assert_eq!(
            adds(&[
                0,
                2305843009213693951,
                2305843009213693952,
                4611686018427387902,
                1,
                2,
                4611686018427387904,
                -2305843009213693951,
                -2305843009213693952,
                -4611686018427387904,
                9223372036854775807,
                -9223372036854775808
            ]),
            [
                0,
                2305843009213693951,
                1,
                2305843009213693952,
                4611686018427387902,
                2,
                4611686018427387904,
                -2305843009213693951,
                9223372036854775807,
                -4611686018427387904,
                -9223372036854775808,
                -2305843009213693952
            ],
            "case 15: adds"
        );
        assert_eq!(
            adds(&[
                0, 8, 16, 24, 32, 40, 48, 56, 64, 72, 80, 88, 96, 104, 112, 120, 128, 136, 144,
                152, 160, 168, 176, 184, 192, 200, 208, 216, 224, 232, 240, 248, 256, 264, 272,
                280, 288, 296, 304, 312
            ]),
            [
                0, 128, 256, 8, 136, 264, 16, 144, 272, 24, 152, 280, 32, 160, 288, 40, 168, 296,
                48, 176, 304, 56, 184, 312, 64, 192, 72, 200, 80, 208, 88, 216, 96, 224, 248, 104,
                232, 112, 240, 120
            ],
            "case 16: adds"
        );
        assert_eq!(
            adds(&[
                576, 768, 1088, 512, 1024, 192, 96, 736, 256, 128, 480, 1184, 896, 64, 832, 960,
                672, 1120, 1248, 800, 224, 352, 32, 416, 864, 608, 640, 1056, 992, 160, 384, 1152,
                544, 320, 704, 1216, 288, 928, 0, 448
            ]),
            [
                768, 512, 1024, 256, 128, 896, 640, 384, 1152, 0, 1184, 672, 800, 32, 416, 1056,
                160, 544, 288, 928, 576, 1088, 192, 64, 832, 960, 320, 704, 1216, 448, 96, 736,
                1120, 1248, 480, 224, 352, 864, 608, 992
            ],
            "case 17: adds"
        );
        assert_eq!(
            adds(&[
                0, 1024, 2048, 3072, 4096, 5120, 6144, 7168, 8192, 9216, 10240, 11264, 12288,
                13312, 14336, 15360, 16384, 17408, 18432, 19456, 20480, 21504, 22528, 23552, 24576,
                25600, 26624, 27648, 28672, 29696
            ]),
            [
                0, 1024, 4096, 2048, 3072, 5120, 6144, 7168, 8192, 9216, 12288, 16384, 20480,
                24576, 13312, 17408, 21504, 25600, 28672, 29696, 10240, 14336, 18432, 22528, 26624,
                11264, 15360, 19456, 23552, 27648
            ],
            "case 18: adds"
        );
        assert_eq!(
            adds(&[
                -453280521292107920,
                4456514696933930281,
                1284632962060090100,
                -2813420131498256594,
                -1185873167367632839,
                -3757898817506563800,
                -2302915115461008631,
                -3428290563917894809,
                -4590536258508358888,
                1605996479791256910,
                1116719635751995591,
                1198893530362282137,
                -4216483514376873539,
                -2378499100153913949,
                3471203811085093121,
                -264147273397154995,
                -2777457999498762608,
                -2011610823735069306,
                -979317953572930998,
                333888668953629499,
                -3741698669770745669,
                -308457001758040364,
                -2040755734380891345,
                -3951583101527193440,
                2361124319877798707,
                -4156944371197111445,
                4462899414086713253,
                -2679409880889689768,
                -4197964900604267446,
                1924512640684932016,
                1698344411007605076,
                -703536465258040673,
                -999392133500184874,
                1504189088022932014,
                -3306864463849690848,
                -1614062186020133079,
                4104777185910635156,
                -2176651553812382675,
                -4157724479147446997,
                -1905127386131700709
            ]),
            [
                3471203811085093121,
                -2011610823735069306,
                -2302915115461008631,
                -2777457999498762608,
                4104777185910635156,
                -4590536258508358888,
                1198893530362282137,
                -1905127386131700709,
                -3951583101527193440,
                -703536465258040673,
                -3306864463849690848,
                -2378499100153913949,
                4462899414086713253,
                -3757898817506563800,
                -1614062186020133079,
                4456514696933930281,
                -4157724479147446997,
                -2813420131498256594,
                1504189088022932014,
                -2040755734380891345,
                1924512640684932016,
                -2176651553812382675,
                2361124319877798707,
                -1185873167367632839,
                -3741698669770745669,
                333888668953629499,
                -4216483514376873539,
                1116719635751995591,
                -4197964900604267446,
                -979317953572930998,
                -264147273397154995,
                1605996479791256910,
                -308457001758040364,
                1698344411007605076,
                -999392133500184874,
                -2679409880889689768,
                -3428290563917894809,
                -4156944371197111445,
                -453280521292107920,
                1284632962060090100
            ],
            "case 19: adds"
        );
        assert_eq!(
            adds(&[
                7369036703925486591,
                -4507198042489998527,
                979313976127928334,
                -6090193220308003933,
                33422515528848051,
                -1618621586823669994,
                -1767686952284434399,
                4467413629910633870,
                -7417377885749029426,
                -4086613131848784146,
                3017983274395109972,
                -5285051007143115947,
                -3509702712604728969,
                -1230790813825981721,
                -471391613975100492,
                1619948466838579908,
                9210284812756983577,
                4629858084812603660,
                -5950319567259942190,
                2618133685536595591,
                7019454222948096004,
                -4400667634903366741,
                610915232620778835,
                -5077366088343508897,
                -7505228766029290872,
                2715837293105990478,
                -3520929938753729972,
                -7932614363125403398,
                8337086205324918911,
                -5068433594246163466,
                -8967913979382240028,
                7294939889217723072,
                1999932782954592868,
                479951016422240597,
                2872468386922296670,
                1066328233644757434,
                -5861123570056973549,
                -4276733520225784312,
                -6506237427352659407,
                -2186914032613881729,
                -7213496817874100795,
                1171817618375015116,
                -8228646476793244754,
                -2464034578523272344,
                -977918537306215174,
                -7646165788231516599,
                -6370291585816777002,
                6606133643665938961,
                6169955658681877554,
                -1402251110735315651,
                5219210813959710743,
                -2979529004533915590,
                -320680753379884658,
                582777527590511841,
                -5865970182765170472,
                -7337590306476761036,
                -1223827386593249429,
                8453257388730201624,
                -1345200274675175678,
                4888355981947708058,
                -2708095825735529230,
                5296567697207770926,
                7673674614492396571,
                4797113667338965116,
                3063696496511180124,
                2353859076501077864,
                5729156348415404445,
                3287418912214524184,
                -3109998116081556387,
                -2927244113880083141
            ]),
            [
                7369036703925486591,
                8337086205324918911,
                -1345200274675175678,
                -7505228766029290872,
                7019454222948096004,
                2618133685536595591,
                -4276733520225784312,
                979313976127928334,
                4467413629910633870,
                4629858084812603660,
                -5861123570056973549,
                -320680753379884658,
                6606133643665938961,
                -1618621586823669994,
                5219210813959710743,
                3287418912214524184,
                8453257388730201624,
                9210284812756983577,
                4888355981947708058,
                7673674614492396571,
                5729156348415404445,
                -6090193220308003933,
                -1767686952284434399,
                -4400667634903366741,
                -8228646476793244754,
                -6506237427352659407,
                5296567697207770926,
                -7337590306476761036,
                33422515528848051,
                -471391613975100492,
                6169955658681877554,
                -2979529004533915590,
                1066328233644757434,
                -2927244113880083141,
                -1402251110735315651,
                -4507198042489998527,
                -7213496817874100795,
                7294939889217723072,
                1619948466838579908,
                -7646165788231516599,
                -7417377885749029426,
                -3520929938753729972,
                1171817618375015116,
                2715837293105990478,
                -5950319567259942190,
                -5285051007143115947,
                610915232620778835,
                3017983274395109972,
                479951016422240597,
                -6370291585816777002,
                -5865970182765170472,
                -3109998116081556387,
                -5077366088343508897,
                3063696496511180124,
                2872468386922296670,
                -8967913979382240028,
                582777527590511841,
                1999932782954592868,
                -1230790813825981721,
                -2464034578523272344,
                2353859076501077864,
                -1223827386593249429,
                -4086613131848784146,
                -2708095825735529230,
                -5068433594246163466,
                -3509702712604728969,
                -7932614363125403398,
                -977918537306215174,
                4797113667338965116,
                -2186914032613881729
            ],
            "case 20: adds"
        );
        assert_eq!(
            adds(&[
                971, 156, 622, 796, 166, 208, 416, 222, 387, 768, 301, 476, 837, 936, 472, 296, 13,
                428, 372, 48, 484, 763, 834, 280, 352, 702, 910, 73, 739, 751, 433, 731, 750, 130,
                811, 545, 147, 511, 305, 431, 519, 241, 456, 699, 581, 231, 677, 543, 268, 515,
                854, 193, 591, 584, 465, 792, 82, 743, 483, 662, 331, 688, 113, 233, 101, 614, 561,
                737, 557, 381, 294, 762, 360, 105, 687, 442, 174, 298, 903, 637, 371, 65, 60, 890,
                40, 914, 666, 415, 527, 806, 228, 4, 491, 575, 616, 199, 952, 249, 804, 642, 274,
                149, 983, 61, 778, 636, 594, 90, 308, 204, 975, 878, 359, 598, 217, 531, 460, 306,
                349, 178, 658, 46, 379, 755, 408, 242, 214, 944, 715, 863, 461, 270, 675, 846, 603,
                985, 441, 924, 52, 333, 157, 601, 680, 752, 567, 384, 128, 490, 554, 884, 908, 247,
                789, 322, 539, 816, 500, 236, 312, 148, 577, 824, 182, 773, 661, 54, 492, 933, 976,
                229, 316, 535, 912, 873, 638, 850, 825, 835, 71, 880, 894, 617, 707, 708, 47, 586,
                547, 949, 35, 152, 621, 31, 553, 443, 45, 625, 706, 15, 187, 870, 144, 444, 694,
                917, 366, 892, 507, 116, 632, 106, 627, 986, 536, 869, 791, 928, 887, 516, 43, 358,
                610, 640, 192, 826, 266, 710, 777, 684, 164, 848, 783, 643, 595, 85, 297, 900, 115,
                49, 957, 634, 650, 200, 502, 597, 655, 68, 138, 932, 184, 800, 964, 798, 449, 124,
                686, 235, 404, 756, 532, 693, 563, 151, 549, 33, 540, 838, 488, 195, 121, 275, 997,
                833, 845, 103, 327, 943, 285, 676, 865, 81, 78, 413, 279, 991, 840, 122, 521, 98,
                437, 23, 843, 5, 38, 170, 407, 196, 346, 292, 544, 67
            ]),
            [
                515, 4, 516, 5, 519, 521, 13, 527, 15, 531, 532, 535, 536, 23, 539, 540, 543, 31,
                545, 33, 547, 35, 549, 38, 544, 40, 553, 554, 43, 557, 46, 47, 48, 561, 45, 49, 52,
                563, 54, 567, 60, 61, 575, 65, 577, 67, 68, 581, 71, 584, 73, 586, 78, 591, 81, 82,
                594, 595, 85, 598, 597, 601, 90, 603, 610, 98, 101, 614, 103, 616, 105, 617, 106,
                621, 622, 113, 625, 627, 116, 115, 632, 121, 634, 122, 636, 637, 638, 124, 128,
                640, 130, 642, 643, 650, 138, 655, 144, 658, 147, 148, 149, 662, 661, 152, 151,
                666, 156, 157, 675, 164, 677, 166, 676, 680, 170, 684, 174, 687, 688, 686, 178,
                693, 182, 694, 184, 699, 187, 702, 192, 193, 706, 707, 708, 195, 710, 199, 200,
                196, 715, 204, 208, 214, 217, 731, 222, 737, 739, 228, 229, 231, 743, 233, 235,
                236, 750, 751, 752, 241, 242, 755, 756, 247, 249, 762, 763, 768, 773, 777, 778,
                266, 268, 270, 783, 274, 275, 789, 791, 280, 792, 279, 796, 285, 798, 800, 804,
                292, 294, 806, 296, 297, 298, 811, 301, 816, 305, 306, 308, 312, 824, 825, 826,
                316, 833, 834, 322, 835, 837, 838, 327, 840, 331, 843, 333, 846, 845, 848, 850,
                854, 346, 349, 863, 352, 865, 869, 870, 359, 360, 873, 358, 878, 366, 880, 371,
                372, 884, 887, 890, 379, 892, 381, 894, 384, 387, 900, 903, 908, 910, 912, 914,
                404, 917, 407, 408, 924, 413, 415, 416, 928, 932, 933, 936, 428, 431, 944, 433,
                943, 949, 437, 952, 441, 442, 443, 444, 957, 449, 964, 456, 971, 460, 461, 975,
                976, 465, 983, 472, 985, 986, 476, 991, 483, 484, 997, 488, 490, 491, 492, 500,
                502, 507, 511
            ],
            "case 21: adds"
        );
        assert_eq!(
            adds(&[
                0, 1, 4, 9, 16, 25, 36, 49, 64, 81, 100, 121, 144, 169, 196, 225, 256, 289, 324,
                361, 400, 441, 484, 529, 576, 625, 676, 729, 784, 841, 900, 961, 1024, 1089, 1156,
                1225, 1296, 1369, 1444, 1521, 1600, 1681, 1764, 1849, 1936, 2025, 2116, 2209, 2304,
                2401, 2500, 2601, 2704, 2809, 2916, 3025, 3136, 3249, 3364, 3481
            ]),
            [
                0, 1, 256, 1024, 4, 900, 1156, 2304, 9, 16, 144, 400, 529, 784, 1296, 1681, 1936,
                2704, 25, 3481, 289, 2209, 3136, 36, 676, 1444, 3364, 169, 2601, 49, 3249, 2809,
                441, 1849, 64, 576, 961, 1089, 196, 324, 1600, 2116, 2500, 841, 1225, 81, 3025,
                729, 1369, 225, 2401, 100, 484, 1764, 2916, 361, 2025, 625, 1521, 121
            ],
            "case 22: adds"
        );
        assert_eq!(
            adds(&[
                -79, 656, 565, 712, 278, 1167, 1195, 425, 271, 943, 404, 1160, 719, 747, 61, 481,
                26, 1125, 1139, 789, 544, 117, 516, -2, 803, 509, 1202, 1076, 614, 54, 250, 348,
                845, 901, 292, -44, 558, 572, 859, 215, 75, 1286, 740, 1223, 684, 1027, 446, 313,
                453, 1146, 1237, 33, 82, 579, 852, 985, 187, 1272, 1153, 1111, 418, 320, 229, 285,
                1265, 1048, -16, 1006, 152, 810, 586, 992, 978, 488, 306, 390, -86, -58, 1118, 201,
                243, 1034, 1251, 362, 971, 621, 817, 880, 768, 1069, 1097, 110, 1216, 180, 628,
                894, 635, 208, 691, 334, 131, 1244, 607, 1055, 502, 663, 600, 1062, 355, 1104, 649,
                705, 341, 68, 523, 194, 530, 264, 159, 796, 677, -93, 761, 593, 145, 397, 1083,
                873, 915, 999, 537, 726, 950, 236, 19, -9, 733, 47, 957, 1020, 222, 838, 103, -65,
                369, -30, 1293, 467, 831, -51, 782, 866, 5, 551, 922, 96, 1132, 376, 327, 1230,
                824, 1041, 138, 1181, 12, 775, 670, 383, 1279, -37, 173, 166, 411, 1209, 1174, 474,
                124, 1090, 432, -23, 1013, 887, 439, 460, 964, 642, -72, 1188, -100, 40, 698, 495,
                89, 754, 1258, 257, 929, 908, 936, 299
            ]),
            [
                1027, 516, 5, 1034, 523, 12, 1041, 530, 19, 1048, 537, 26, 1055, 544, 33, 1062,
                551, 40, 1069, 558, 47, 1076, 565, 54, 1083, 572, 61, 1090, 579, 68, 1097, 586, 75,
                1104, 593, 82, 1111, 600, 89, 1118, 607, 96, 1125, 614, 103, 1132, 621, 110, 1139,
                628, 117, 1146, 635, 124, 1153, 642, 131, 1160, 649, 138, 1167, 656, 145, 1174,
                663, 152, 1181, 670, 159, 1188, 677, 166, 1195, 684, 173, 1202, 691, 180, 1209,
                698, 187, 1216, 705, 194, 1223, 712, 201, 1230, 719, 208, 1237, 726, 215, 1244,
                733, 222, 1251, 740, 229, 1258, 747, 236, 1265, 754, 243, 1272, 761, 250, 1279,
                768, 257, 1286, 775, 264, 1293, 782, 271, 789, 278, 796, 285, 803, 292, 810, 299,
                817, 306, 824, 313, 831, 320, 838, 327, 845, 334, 852, 341, 859, 348, 866, 355,
                873, 362, 880, 369, 887, 376, 894, 383, 901, 390, 908, 397, 915, 404, 922, 411,
                -100, 929, 418, -93, 936, 425, -86, 943, 432, -79, 950, 439, -72, 957, 446, -65,
                964, 453, -58, 971, 460, -51, 978, 467, -44, 985, 474, -37, 992, 481, -30, 999,
                488, -23, 1006, 495, -16, 1013, 502, -9, 1020, 509, -2
            ],
            "case 23: adds"
        );
        assert_eq!(
            literal(&[5, 13, 21, 1, 9]),
            [1, 5, 21, 9, 13],
            "case 24: literal"
        );
        assert_eq!(literal(&[1, 2, 3]), [1, 2, 3], "case 25: literal");
        assert_eq!(literal(&[100, 7]), [100, 7], "case 26: literal");
        assert_eq!(
            literal(&[1, 9, 17, 25, 33]),
            [1, 33, 17, 9, 25],
            "case 27: literal"
        );
        assert_eq!(
            literal(&[0, 8, 16, 24, 32, 40]),
            [0, 32, 16, 8, 24, 40],
            "case 28: literal"
        );
        assert_eq!(
            literal(&[33, 1, 65, 97, 129, 2, 34]),
            [65, 129, 97, 1, 33, 2, 34],
            "case 29: literal"
        );
        assert_eq!(
            literal(&[
                9, 2, 6, 8, 1, 13, 18, 0, 3, 15, 11, 19, 17, 5, 10, 16, 4, 7, 12, 14
            ]),
            [
                0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19
            ],
            "case 30: literal"
        );
        assert_eq!(
            literal(&[128, 192, 96, 352, 256, 224, 0, 32, 320, 288, 160, 64]),
            [128, 256, 96, 352, 192, 224, 0, 32, 320, 288, 160, 64],
            "case 31: literal"
        );
        assert_eq!(
            literal(&[1099511627779, -5, 17, 4611686018427387904, 1, 0, -1]),
            [0, 1, 4611686018427387904, 1099511627779, 17, -5, -1],
            "case 32: literal"
        );
        assert_eq!(
            literal(&[
                1089, 1153, 449, 961, 897, 1025, 321, 385, 257, 65, 769, 833, 1, 1217, 641, 513,
                193, 577, 129, 705
            ]),
            [
                1153, 897, 385, 1025, 257, 1, 129, 513, 641, 769, 65, 193, 321, 449, 577, 705, 833,
                961, 1089, 1217
            ],
            "case 33: literal"
        );
        assert_eq!(
            frozen_const(&[5, 13, 21, 1, 9]),
            [1, 5, 9, 13, 21],
            "case 34: frozen_const"
        );
        assert_eq!(
            frozen_const(&[33, 1, 65, 97, 129, 2, 34]),
            [65, 129, 97, 1, 33, 2, 34],
            "case 35: frozen_const"
        );
        assert_eq!(
            frozen_const(&[0, 64, 96, 320, 32, 192, 160, 256, 288, 128, 224, 352]),
            [0, 64, 32, 320, 96, 192, 160, 256, 288, 128, 224, 352],
            "case 36: frozen_const"
        );
        assert_eq!(copy(&[5, 13, 21, 1, 9]), [1, 5, 21, 9, 13], "case 37: copy");
        assert_eq!(
            copy(&[1, 9, 17, 25, 33]),
            [1, 33, 17, 9, 25],
            "case 38: copy"
        );
        assert_eq!(
            copy(&[33, 1, 65, 97, 129]),
            [65, 33, 129, 1, 97],
            "case 39: copy"
        );
        assert_eq!(copy(&[1, 2, 3, 4]), [1, 2, 3, 4], "case 40: copy");
        assert_eq!(
            copy(&[-37, 19, -9, -34]),
            [19, -37, -34, -9],
            "case 41: copy"
        );
        assert_eq!(
            union(&[-37, 19, -9, -34], &[]),
            [19, -37, -34, -9],
            "case 42: union"
        );
        assert_eq!(
            copy(&[96, 160, 128, 0, 32, 64]),
            [96, 0, 32, 128, 160, 64],
            "case 43: copy"
        );
        assert_eq!(
            copy(&[
                115, 19, 179, 67, 243, 51, 163, 147, 3, 307, 83, 259, 131, 195, 211, 275, 227, 35,
                291, 99
            ]),
            [
                3, 259, 131, 67, 195, 19, 147, 275, 83, 211, 163, 35, 291, 227, 99, 179, 51, 307,
                115, 243
            ],
            "case 44: copy"
        );
        assert_eq!(
            copy(&[
                60, 78, 81, 58, 32, 33, 98, 72, 43, 42, 66, 20, 90, 44, 30, 75, 17, 37, 24, 53, 68,
                45, 91, 49, 16, 73, 96, 27, 76, 7, 50, 4, 99, 40, 14, 59, 5, 15, 1, 92, 84, 2, 71,
                82, 94, 3, 48, 28, 61, 34, 39, 87, 26, 97, 83, 54, 65, 6, 31, 18, 52, 29, 77, 64,
                9, 11, 80, 95, 25, 62, 36, 8, 46, 35, 63, 79, 23, 70, 10, 74, 51, 12, 55, 21, 38,
                22, 56, 85, 13, 69, 67, 93, 57, 19, 86, 0, 89, 41, 47, 88
            ]),
            [
                0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
                23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43,
                44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64,
                65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85,
                86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99
            ],
            "case 45: copy"
        );
        assert_eq!(
            copy_after(&[1, 2, 3, 4, 5, 6, 7], &[2, 3]),
            [1, 4, 5, 6, 7],
            "case 46: copy_after"
        );
        assert_eq!(
            copy_after(
                &[
                    544, 448, 512, 320, 576, 608, 64, 384, 128, 224, 160, 480, 0, 32, 416, 352, 96,
                    256, 288, 192
                ],
                &[0, 64, 128, 256]
            ),
            [
                512, 384, 320, 576, 448, 192, 544, 160, 32, 416, 288, 608, 224, 352, 480, 96
            ],
            "case 47: copy_after"
        );
        assert_eq!(
            copy_after(
                &[
                    24, 53, 35, 9, 85, 73, 45, 1, 0, 28, 80, 36, 72, 82, 6, 43, 96, 55, 13, 14, 31,
                    99, 63, 49, 92, 37, 25, 69, 47, 8, 60, 18, 21, 20, 16, 84, 56, 39, 74, 68, 41,
                    40, 10, 32, 86, 97, 89, 12, 90, 57, 58, 2, 42, 65, 79, 7, 95, 78, 81, 54, 88,
                    5, 77, 19, 23, 17, 50, 29, 83, 94, 11, 52, 38, 75, 62, 64, 87, 70, 91, 76, 34,
                    3, 27, 46, 33, 71, 15, 98, 61, 48, 30, 66, 51, 93, 26, 67, 44, 59, 4, 22
                ],
                &[
                    0, 3, 6, 9, 12, 15, 18, 21, 24, 27, 30, 33, 36, 39, 42, 45, 48, 51, 54, 57, 60,
                    63, 66, 69, 72, 75, 78, 81, 84, 87, 90, 93, 96, 99
                ]
            ),
            [
                1, 2, 4, 5, 7, 8, 10, 11, 13, 14, 16, 17, 19, 20, 22, 23, 25, 26, 28, 29, 31, 32,
                34, 35, 37, 38, 40, 41, 43, 44, 46, 47, 49, 50, 52, 53, 55, 56, 58, 59, 61, 62, 64,
                65, 67, 68, 70, 71, 73, 74, 76, 77, 79, 80, 82, 83, 85, 86, 88, 89, 91, 92, 94, 95,
                97, 98
            ],
            "case 48: copy_after"
        );
        assert_eq!(
            rem_add(&[1, 2, 3, 4, 5], &[2, 4], &[10, 18, 26]),
            [1, 3, 5, 10, 18, 26],
            "case 49: rem_add"
        );
        assert_eq!(
            rem_add(&[0, 8, 16, 24], &[8, 16], &[32, 40, 8]),
            [0, 32, 24, 8, 40],
            "case 50: rem_add"
        );
        assert_eq!(
            rem_add(
                &[
                    9, 48, 14, 34, 25, 43, 23, 26, 1, 45, 32, 5, 10, 22, 49, 37, 16, 20, 28, 33, 6,
                    30, 39, 21, 4, 11, 29, 18, 19, 13, 41, 2, 38, 17, 24, 12, 7, 42, 47, 35, 8, 15,
                    36, 0, 27, 3, 44, 40, 31, 46
                ],
                &[
                    46, 14, 18, 28, 42, 0, 24, 6, 22, 12, 16, 48, 26, 34, 36, 4, 2, 38, 30, 40, 8,
                    10, 20, 44, 32
                ],
                &[100, 132, 164, 196, 228]
            ),
            [
                1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29, 31, 33, 132, 35, 37, 39, 41,
                43, 164, 45, 47, 49, 196, 100, 228
            ],
            "case 51: rem_add"
        );
        assert_eq!(
            rem_add(
                &[
                    736, 32, 864, 128, 896, 192, 0, 928, 256, 544, 800, 672, 320, 832, 224, 96,
                    288, 448, 768, 384, 576, 352, 608, 64, 480, 640, 416, 704, 512, 160
                ],
                &[0, 96, 192, 288, 384, 480, 576, 672, 768, 864],
                &[1, 33, 65, 97, 129, 161, 193, 225, 257, 289, 0, 96]
            ),
            [
                896, 128, 257, 256, 129, 1, 640, 512, 0, 32, 928, 544, 161, 33, 800, 416, 160, 289,
                320, 448, 832, 65, 64, 704, 193, 736, 96, 224, 225, 352, 608, 97
            ],
            "case 52: rem_add"
        );
        assert_eq!(
            rem_add(
                &[0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
                &[0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
                &[20, 21, 22, 23, 24, 25, 26, 27, 28, 29]
            ),
            [20, 21, 22, 23, 24, 25, 26, 27, 28, 29],
            "case 53: rem_add"
        );
        assert_eq!(
            add_remove_cycle(&[1, 9, 17, 25, 33, 41], &[9, 25, 41]),
            [1, 33, 9, 41, 17, 25],
            "case 54: add_remove_cycle"
        );
        assert_eq!(
            add_remove_cycle(
                &[
                    1920, 2432, 1280, 2048, 1408, 1792, 2240, 64, 320, 1024, 1216, 384, 576, 1984,
                    640, 2368, 2304, 256, 1536, 1344, 896, 1600, 2176, 2112, 1152, 960, 2496, 448,
                    1472, 512, 128, 832, 1664, 704, 192, 1088, 1728, 1856, 768, 0
                ],
                &[0, 256, 512, 768, 1024, 1280, 1536, 1792, 2048, 2304]
            ),
            [
                1920, 0, 1408, 2432, 1024, 1280, 1792, 2048, 384, 2304, 2112, 128, 256, 2496, 512,
                640, 768, 896, 1152, 1536, 1664, 2240, 64, 320, 1216, 2368, 576, 1984, 1344, 1600,
                2176, 192, 448, 704, 832, 960, 1088, 1472, 1728, 1856
            ],
            "case 55: add_remove_cycle"
        );
        assert_eq!(
            union(&[1, 2, 3], &[100, 7]),
            [1, 2, 3, 100, 7],
            "case 56: union"
        );
        assert_eq!(
            lit_union(&[1, 2, 3], &[100, 7]),
            [1, 2, 3, 100, 7],
            "case 57: lit_union"
        );
        assert_eq!(
            lit_inter(&[1, 2, 3, 4, 5, 6], &[9, 5, 3, 1]),
            [1, 3, 5],
            "case 58: lit_inter"
        );
        assert_eq!(
            union(
                &[
                    1, 24, 12, 14, 26, 28, 18, 11, 17, 29, 22, 16, 7, 23, 5, 2, 4, 0, 20, 27, 25,
                    21, 19, 15, 3, 8, 6, 9, 13, 10
                ],
                &[
                    47, 43, 57, 58, 51, 32, 44, 29, 27, 40, 26, 56, 55, 22, 50, 46, 59, 38, 28, 20,
                    45, 36, 42, 33, 34, 24, 23, 31, 37, 49, 54, 39, 35, 30, 25, 41, 52, 21, 48, 53
                ]
            ),
            [
                0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
                23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43,
                44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59
            ],
            "case 59: union"
        );
        assert_eq!(
            union(
                &[0, 32, 64, 96, 128, 160, 192, 224],
                &[16, 48, 80, 112, 144, 176, 208, 240]
            ),
            [
                0, 32, 64, 96, 128, 160, 192, 224, 16, 48, 80, 112, 144, 176, 208, 240
            ],
            "case 60: union"
        );
        assert_eq!(
            union(&[], &[5, 13, 21, 1, 9]),
            [1, 5, 21, 9, 13],
            "case 61: union"
        );
        assert_eq!(
            union(&[5, 13, 21, 1, 9], &[]),
            [1, 5, 21, 9, 13],
            "case 62: union"
        );
        assert_eq!(
            union(
                &[
                    86, 196, 30, 198, 82, 100, 124, 193, 142, 101, 26, 174, 11, 161, 123, 129, 130,
                    88, 61, 147, 155, 65, 136, 186, 31, 169, 191, 8, 96, 167, 2, 187, 184, 190, 55,
                    182, 36, 57, 67, 66, 176, 83, 113, 51, 42, 95, 19, 195, 135, 188, 54, 163, 127,
                    69, 173, 164, 157, 63, 131, 87, 91, 33, 170, 159, 145, 150, 21, 140, 80, 108,
                    9, 103, 153, 13, 35, 118, 137, 152, 125, 126, 144, 149, 27, 138, 111, 93, 43,
                    102, 50, 107, 5, 178, 132, 20, 92, 192, 48, 89, 116, 12, 81, 97, 78, 3, 180,
                    59, 148, 121, 158, 98, 133, 0, 128, 38, 160, 7, 37, 60, 14, 39, 15, 68, 183,
                    181, 177, 22, 46, 24, 53, 64, 41, 154, 156, 120, 73, 47, 165, 115, 45, 139,
                    179, 52, 23, 56, 189, 17, 84, 171, 168, 16, 143, 4, 40, 76, 25, 197, 166, 119,
                    146, 79, 117, 1, 70, 6, 29, 106, 99, 72, 71, 10, 34, 75, 104, 32, 74, 172, 151,
                    194, 44, 18, 112, 185, 122, 162, 90, 28, 49, 199, 109, 105, 175, 85, 141, 110,
                    94, 58, 77, 62, 114, 134
                ],
                &[1000, 1032, 1064]
            ),
            [
                0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
                23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43,
                44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64,
                65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85,
                86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104,
                105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120,
                121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136,
                137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152,
                153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168,
                169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182, 183, 184,
                185, 186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 196, 197, 198, 199, 1064,
                1032, 1000
            ],
            "case 63: union"
        );
        assert_eq!(
            inter(
                &[
                    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21,
                    22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41,
                    42, 43, 44, 45, 46, 47, 48, 49
                ],
                &[
                    25, 28, 31, 34, 37, 40, 43, 46, 49, 52, 55, 58, 61, 64, 67, 70, 73
                ]
            ),
            [34, 37, 40, 43, 46, 49, 25, 28, 31],
            "case 64: inter"
        );
        assert_eq!(
            inter(
                &[
                    25, 28, 31, 34, 37, 40, 43, 46, 49, 52, 55, 58, 61, 64, 67, 70, 73
                ],
                &[
                    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21,
                    22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41,
                    42, 43, 44, 45, 46, 47, 48, 49
                ]
            ),
            [34, 37, 40, 43, 46, 49, 25, 28, 31],
            "case 65: inter"
        );
        assert_eq!(
            inter(
                &[
                    33, 13, 35, 27, 7, 0, 38, 21, 5, 12, 15, 30, 39, 37, 20, 22, 6, 32, 31, 24, 10,
                    3, 8, 36, 26, 19, 29, 34, 9, 28, 16, 17, 18, 23, 1, 25, 4, 2, 11, 14
                ],
                &[
                    25, 39, 21, 14, 19, 42, 35, 49, 34, 17, 12, 26, 13, 20, 46, 41, 11, 40, 32, 29,
                    36, 31, 37, 24, 27, 47, 44, 28, 38, 45, 43, 10, 15, 16, 22, 33, 18, 30, 23, 48
                ]
            ),
            [
                10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30,
                31, 32, 33, 34, 35, 36, 37, 38, 39
            ],
            "case 66: inter"
        );
        assert_eq!(
            inter(
                &[
                    0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448, 480, 512,
                    544, 576, 608
                ],
                &[
                    864, 352, 736, 640, 416, 896, 832, 320, 512, 928, 544, 672, 448, 704, 768, 480,
                    608, 800, 384, 576
                ]
            ),
            [512, 544, 320, 384, 416, 448, 576, 352, 480, 608],
            "case 67: inter"
        );
        assert_eq!(
            inter(
                &[
                    27, 9, 2, 80, 99, 30, 63, 84, 89, 61, 45, 33, 21, 57, 18, 62, 17, 88, 22, 14,
                    47, 81, 92, 97, 79, 59, 25, 8, 40, 74, 54, 23, 12, 15, 0, 50, 73, 24, 65, 34,
                    70, 6, 98, 29, 60, 87, 75, 4, 68, 67, 51, 55, 36, 66, 76, 48, 3, 58, 96, 19,
                    38, 85, 11, 52, 35, 82, 37, 16, 1, 93, 10, 46, 41, 7, 91, 77, 28, 95, 31, 64,
                    56, 83, 71, 44, 78, 39, 69, 13, 86, 32, 42, 43, 26, 5, 20, 94, 72, 49, 53, 90
                ],
                &[64, 3, 99, 1000]
            ),
            [64, 3, 99],
            "case 68: inter"
        );
        assert_eq!(
            diff(
                &[
                    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21,
                    22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41,
                    42, 43, 44, 45, 46, 47, 48, 49
                ],
                &[
                    25, 28, 31, 34, 37, 40, 43, 46, 49, 52, 55, 58, 61, 64, 67, 70, 73
                ]
            ),
            [
                0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
                23, 24, 26, 27, 29, 30, 32, 33, 35, 36, 38, 39, 41, 42, 44, 45, 47, 48
            ],
            "case 69: diff"
        );
        assert_eq!(
            diff(
                &[
                    20, 87, 26, 69, 57, 50, 93, 83, 41, 52, 46, 19, 74, 62, 27, 39, 90, 11, 33, 24,
                    86, 56, 37, 65, 21, 92, 80, 18, 76, 5, 66, 31, 59, 84, 51, 1, 42, 82, 78, 32,
                    60, 58, 47, 3, 81, 98, 13, 94, 4, 15, 29, 0, 16, 63, 45, 49, 67, 17, 88, 22,
                    97, 36, 68, 40, 53, 34, 54, 35, 14, 48, 85, 70, 75, 95, 38, 99, 28, 71, 73, 96,
                    79, 30, 72, 2, 77, 44, 89, 6, 25, 12, 43, 9, 55, 23, 10, 91, 7, 8, 61, 64
                ],
                &[5, 50, 95]
            ),
            [
                0, 1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,
                24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44,
                45, 46, 47, 48, 49, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66,
                67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87,
                88, 89, 90, 91, 92, 93, 94, 96, 97, 98, 99
            ],
            "case 70: diff"
        );
        assert_eq!(
            diff(
                &[
                    83, 69, 70, 97, 35, 78, 50, 38, 10, 21, 86, 85, 56, 94, 14, 82, 81, 44, 41, 77,
                    25, 89, 0, 87, 6, 99, 90, 48, 76, 24, 37, 39, 15, 93, 54, 2, 47, 31, 74, 51,
                    12, 67, 84, 4, 19, 66, 68, 73, 79, 80, 28, 62, 72, 45, 53, 59, 3, 55, 29, 1,
                    63, 20, 88, 13, 23, 92, 65, 9, 46, 42, 64, 75, 91, 8, 71, 33, 98, 96, 57, 34,
                    18, 26, 17, 11, 32, 43, 61, 52, 22, 58, 60, 30, 49, 95, 16, 27, 40, 5, 7, 36
                ],
                &[
                    46, 12, 70, 16, 22, 32, 24, 96, 58, 86, 52, 72, 4, 98, 68, 76, 94, 80, 90, 64,
                    42, 0, 54, 6, 8, 84, 56, 44, 26, 62, 14, 78, 10, 50, 34, 48, 28, 74, 36, 2, 38,
                    40, 20, 60, 30, 18, 66, 88, 82, 92
                ]
            ),
            [
                1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29, 31, 33, 35, 37, 39, 41, 43,
                45, 47, 49, 51, 53, 55, 57, 59, 61, 63, 65, 67, 69, 71, 73, 75, 77, 79, 81, 83, 85,
                87, 89, 91, 93, 95, 97, 99
            ],
            "case 71: diff"
        );
        assert_eq!(
            diff(
                &[
                    0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448, 480, 512,
                    544, 576, 608, 640, 672, 704, 736, 768, 800, 832, 864, 896, 928
                ],
                &[0, 160, 320, 480, 640, 800]
            ),
            [
                128, 256, 384, 512, 768, 896, 64, 192, 448, 576, 704, 832, 32, 288, 416, 544, 672,
                928, 96, 224, 352, 608, 736, 864
            ],
            "case 72: diff"
        );
        assert_eq!(
            diff(
                &[1, 2, 3],
                &[
                    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21,
                    22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41,
                    42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61,
                    62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81,
                    82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99
                ]
            ),
            [],
            "case 73: diff"
        );
        assert_eq!(
            symdiff(&[1, 2, 3, 4], &[3, 4, 5, 6]),
            [1, 2, 5, 6],
            "case 74: symdiff"
        );
        assert_eq!(
            symdiff(
                &[
                    5, 26, 47, 6, 59, 1, 44, 50, 30, 54, 36, 0, 46, 41, 8, 9, 52, 22, 19, 27, 33,
                    25, 4, 37, 55, 13, 49, 17, 14, 58, 18, 57, 2, 28, 11, 15, 31, 38, 21, 39, 34,
                    23, 35, 45, 43, 16, 53, 48, 40, 12, 3, 20, 10, 51, 29, 42, 7, 32, 56, 24
                ],
                &[
                    84, 78, 79, 56, 32, 44, 61, 88, 71, 39, 34, 58, 64, 86, 67, 74, 54, 76, 53, 50,
                    52, 33, 47, 31, 57, 43, 51, 45, 37, 63, 35, 59, 87, 81, 38, 55, 70, 60, 82, 68,
                    83, 72, 36, 46, 69, 89, 77, 75, 66, 30, 48, 62, 65, 73, 85, 42, 40, 49, 80, 41
                ]
            ),
            [
                0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
                23, 24, 25, 26, 27, 28, 29, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73,
                74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89
            ],
            "case 75: symdiff"
        );
        assert_eq!(
            symdiff(
                &[
                    0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448, 480, 512,
                    544, 576, 608
                ],
                &[
                    1, 33, 65, 97, 129, 161, 193, 225, 257, 289, 321, 353, 385, 417, 449, 481, 513,
                    545, 577, 609
                ]
            ),
            [
                0, 1, 257, 513, 256, 512, 32, 33, 289, 545, 288, 544, 320, 65, 321, 577, 64, 576,
                96, 97, 353, 609, 352, 608, 128, 129, 385, 384, 160, 161, 417, 416, 192, 193, 449,
                448, 224, 225, 481, 480
            ],
            "case 76: symdiff"
        );
        assert_eq!(
            symdiff(
                &[
                    16, 37, 86, 91, 31, 19, 13, 87, 35, 38, 3, 1, 81, 34, 29, 50, 45, 61, 8, 83,
                    49, 89, 96, 80, 7, 28, 69, 4, 42, 56, 40, 76, 74, 95, 21, 39, 27, 85, 55, 68,
                    88, 36, 99, 77, 22, 30, 11, 70, 52, 58, 72, 90, 71, 98, 47, 78, 84, 32, 54, 60,
                    44, 15, 6, 46, 65, 57, 59, 79, 94, 18, 64, 2, 51, 20, 75, 67, 23, 14, 66, 97,
                    17, 0, 12, 26, 63, 53, 41, 82, 10, 24, 48, 5, 43, 62, 9, 33, 92, 93, 25, 73
                ],
                &[7]
            ),
            [
                0, 1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,
                24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44,
                45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65,
                66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86,
                87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99
            ],
            "case 77: symdiff"
        );
        assert_eq!(
            pops(&[5, 13, 21, 1, 9], &[3]),
            [1, 5, 9, 13, 21],
            "case 78: pops"
        );
        assert_eq!(
            pops(
                &[
                    57, 22, 65, 78, 86, 37, 7, 41, 83, 25, 2, 60, 38, 90, 79, 3, 12, 9, 53, 27, 6,
                    45, 67, 62, 32, 69, 33, 56, 75, 73, 50, 19, 58, 44, 74, 11, 23, 72, 24, 99, 91,
                    70, 18, 52, 26, 51, 40, 96, 20, 14, 64, 61, 17, 30, 39, 63, 4, 42, 47, 89, 36,
                    13, 10, 76, 66, 1, 94, 8, 21, 88, 49, 80, 28, 84, 85, 34, 0, 48, 29, 31, 68,
                    95, 81, 97, 82, 77, 46, 43, 92, 59, 54, 71, 35, 55, 87, 16, 98, 15, 5, 93
                ],
                &[40]
            ),
            [
                0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
                23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43,
                44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64,
                65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85,
                86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99
            ],
            "case 79: pops"
        );
        assert_eq!(
            pops(
                &[
                    576, 864, 512, 768, 192, 32, 928, 288, 608, 800, 640, 352, 160, 96, 736, 320,
                    128, 0, 256, 544, 224, 480, 704, 832, 672, 64, 416, 896, 384, 448
                ],
                &[30]
            ),
            [
                512, 768, 128, 0, 256, 640, 896, 384, 32, 928, 288, 800, 160, 544, 672, 416, 576,
                192, 320, 704, 832, 64, 448, 864, 608, 96, 352, 736, 224, 480
            ],
            "case 80: pops"
        );
        assert_eq!(
            pops_mixed(
                &[
                    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19
                ],
                &[5],
                &[100, 101, 0, 1, 2],
                &[10]
            ),
            [
                0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 2, 1, 0, 15, 16, 17, 18, 19, 100,
                101
            ],
            "case 81: pops_mixed"
        );
        assert_eq!(
            pops_mixed(
                &[
                    21, 32, 29, 40, 15, 36, 2, 53, 34, 59, 49, 54, 50, 28, 39, 44, 58, 5, 56, 33,
                    31, 57, 45, 43, 48, 8, 18, 19, 51, 13, 37, 17, 4, 12, 52, 20, 35, 10, 1, 3, 22,
                    7, 11, 24, 6, 42, 47, 25, 23, 26, 30, 14, 9, 38, 41, 46, 27, 55, 0, 16
                ],
                &[30],
                &[
                    1029, 1017, 1030, 1034, 1013, 1033, 1038, 1005, 1010, 1023, 1007, 1006, 1037,
                    1008, 1022, 1032, 1015, 1021, 1020, 1011, 1003, 1001, 1035, 1018, 1026, 1036,
                    1012, 1025, 1004, 1002, 1016, 1009, 1039, 1024, 1028, 1031, 1014, 1027, 1019,
                    1000
                ],
                &[50]
            ),
            [
                0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
                23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43,
                44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 1000, 1001, 1002,
                1003, 1004, 1005, 1006, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014, 1015, 1016,
                1017, 1018, 1019, 1024, 1025, 1026, 1027, 1028, 1029, 1030, 1031, 1032, 1033, 1034,
                1035, 1036, 1037, 1038, 1039, 1020, 1021, 1022, 1023
            ],
            "case 82: pops_mixed"
        );
        assert_eq!(
            pops_mixed(&[1, 9, 17, 25], &[2], &[33, 41, 1], &[3]),
            [1, 25, 41, 9, 17, 33, 1],
            "case 83: pops_mixed"
        );
        assert_eq!(
            clear_then(&[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], &[3], &[0, 1, 2, 3, 4, 5]),
            [3, 4, 5, 0, 1, 2],
            "case 84: clear_then"
        );
        assert_eq!(
            clear_then(
                &[
                    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21,
                    22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41,
                    42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61,
                    62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81,
                    82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99
                ],
                &[1],
                &[0, 1, 2, 3, 4, 5, 6]
            ),
            [1, 2, 3, 4, 5, 6, 0],
            "case 85: clear_then"
        );
        assert_eq!(
            iand_pops(
                &[
                    67, 29, 31, 60, 59, 17, 73, 2, 89, 33, 21, 63, 72, 7, 75, 44, 68, 58, 50, 37,
                    36, 80, 43, 12, 69, 85, 94, 6, 30, 34, 84, 99, 70, 19, 56, 77, 81, 71, 41, 52,
                    64, 87, 91, 55, 53, 49, 93, 96, 82, 3, 22, 1, 65, 97, 23, 42, 83, 16, 48, 15,
                    45, 18, 47, 4, 92, 24, 79, 62, 40, 38, 11, 25, 66, 14, 26, 8, 88, 32, 76, 13,
                    9, 10, 90, 57, 78, 5, 86, 28, 61, 51, 74, 54, 39, 35, 46, 27, 95, 20, 0, 98
                ],
                &[
                    71, 50, 53, 69, 75, 54, 70, 62, 64, 67, 68, 60, 63, 56, 78, 65, 66, 59, 74, 76,
                    52, 73, 57, 72, 51, 55, 77, 58, 61, 79
                ],
                &[10]
            ),
            [
                50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70,
                71, 72, 73, 74, 75, 76, 77, 78, 79
            ],
            "case 86: iand_pops"
        );
        assert_eq!(
            update_dict(&[1, 2, 3], &[100, 7, 8, 9, 10]),
            [1, 2, 3, 100, 7, 8, 9, 10],
            "case 87: update_dict"
        );
        assert_eq!(
            update_dict(
                &[0, 2, 3, 1, 7, 9, 6, 5, 8, 4],
                &[
                    5, 20, 24, 13, 14, 8, 17, 16, 21, 34, 31, 9, 35, 32, 25, 6, 18, 19, 27, 12, 29,
                    26, 36, 22, 23, 7, 11, 33, 10, 39, 37, 28, 30, 15, 38
                ]
            ),
            [
                0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
                23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39
            ],
            "case 88: update_dict"
        );
        assert_eq!(
            from_dict(&[
                11, 17, 4, 1, 12, 8, 14, 5, 9, 7, 10, 16, 6, 19, 3, 13, 18, 2, 0, 15
            ]),
            [
                0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19
            ],
            "case 89: from_dict"
        );
        assert_eq!(
            from_dict(&[0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352]),
            [0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352],
            "case 90: from_dict"
        );
        assert_eq!(
            ior(
                &[1, 3, 8, 7, 9, 0, 5, 4, 6, 2],
                &[
                    17, 31, 7, 37, 27, 5, 29, 21, 19, 26, 36, 18, 30, 13, 12, 33, 22, 32, 10, 23,
                    16, 6, 9, 34, 38, 14, 39, 20, 28, 11, 15, 24, 25, 35, 8
                ]
            ),
            [
                0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
                23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39
            ],
            "case 91: ior"
        );
        assert_eq!(
            ior(&[1, 9, 17], &[25, 33, 41, 49, 57]),
            [1, 33, 9, 41, 17, 49, 25, 57],
            "case 92: ior"
        );
        assert_eq!(
            iand(
                &[
                    14, 39, 78, 22, 5, 94, 87, 13, 88, 92, 74, 16, 86, 58, 49, 31, 7, 15, 3, 42,
                    97, 41, 99, 45, 85, 75, 67, 8, 79, 44, 38, 77, 35, 23, 43, 82, 68, 50, 60, 51,
                    30, 37, 53, 25, 48, 12, 9, 80, 73, 27, 18, 62, 63, 2, 61, 89, 83, 90, 33, 52,
                    10, 93, 95, 20, 71, 59, 29, 64, 91, 47, 56, 84, 72, 81, 70, 6, 69, 34, 96, 24,
                    36, 54, 19, 40, 46, 0, 76, 65, 17, 11, 28, 57, 26, 4, 66, 98, 55, 21, 1, 32
                ],
                &[
                    67, 50, 76, 59, 61, 56, 57, 52, 69, 68, 53, 79, 60, 63, 70, 78, 71, 51, 54, 73,
                    74, 75, 62, 55, 58, 65, 77, 72, 66, 64
                ]
            ),
            [
                50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70,
                71, 72, 73, 74, 75, 76, 77, 78, 79
            ],
            "case 93: iand"
        );
        assert_eq!(
            iand(&[1, 2, 3], &[3, 4, 5, 6, 7, 8, 9, 10]),
            [3],
            "case 94: iand"
        );
        assert_eq!(
            isub(
                &[
                    7, 14, 8, 49, 97, 78, 70, 54, 39, 72, 56, 4, 9, 61, 18, 65, 69, 25, 17, 21, 15,
                    13, 23, 16, 57, 89, 76, 20, 82, 47, 62, 52, 43, 3, 58, 80, 45, 24, 26, 0, 98,
                    44, 75, 77, 38, 71, 73, 37, 48, 63, 19, 93, 99, 28, 46, 60, 59, 34, 94, 51, 64,
                    41, 86, 27, 22, 79, 29, 36, 12, 96, 1, 68, 91, 42, 88, 11, 53, 50, 6, 95, 30,
                    33, 5, 10, 90, 85, 92, 31, 40, 32, 35, 66, 67, 87, 83, 81, 84, 74, 55, 2
                ],
                &[
                    58, 49, 78, 51, 50, 62, 35, 32, 87, 77, 73, 23, 60, 47, 44, 63, 43, 65, 88, 38,
                    69, 86, 36, 75, 24, 45, 27, 42, 83, 34, 57, 84, 89, 20, 70, 26, 52, 30, 31, 46,
                    66, 37, 25, 39, 64, 81, 76, 40, 82, 61, 56, 79, 71, 48, 33, 29, 67, 72, 41, 59,
                    22, 28, 55, 53, 21, 68, 85, 80, 54, 74
                ]
            ),
            [
                0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 90, 91, 92,
                93, 94, 95, 96, 97, 98, 99
            ],
            "case 95: isub"
        );
        assert_eq!(
            isub(
                &[6, 7, 5, 2, 3, 8, 0, 9, 4, 1],
                &[
                    5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25,
                    26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45,
                    46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65,
                    66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85,
                    86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103,
                    104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119,
                    120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135,
                    136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151,
                    152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167,
                    168, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182, 183,
                    184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 196, 197, 198, 199
                ]
            ),
            [0, 1, 2, 3, 4],
            "case 96: isub"
        );
        assert_eq!(
            isub(
                &[
                    19, 11, 39, 17, 5, 27, 28, 8, 31, 18, 14, 38, 2, 9, 6, 32, 0, 10, 30, 29, 34,
                    3, 23, 7, 1, 26, 21, 33, 37, 35, 20, 24, 4, 22, 15, 25, 12, 13, 36, 16
                ],
                &[3, 4]
            ),
            [
                0, 1, 2, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24,
                25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39
            ],
            "case 97: isub"
        );
        assert_eq!(
            ixor(
                &[
                    6, 4, 11, 18, 13, 25, 24, 12, 21, 0, 16, 19, 2, 26, 1, 27, 20, 17, 7, 14, 9,
                    29, 5, 15, 10, 3, 28, 23, 8, 22
                ],
                &[
                    49, 39, 48, 23, 24, 35, 28, 38, 40, 29, 25, 44, 20, 33, 36, 46, 43, 22, 30, 41,
                    37, 42, 45, 34, 26, 31, 27, 21, 47, 32
                ]
            ),
            [
                0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 30, 31, 32,
                33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49
            ],
            "case 98: ixor"
        );
        assert_eq!(
            diff_iter(
                &[
                    10, 9, 84, 42, 5, 77, 60, 98, 86, 81, 23, 69, 44, 1, 14, 97, 36, 40, 64, 35,
                    87, 54, 95, 16, 3, 85, 83, 99, 79, 58, 34, 48, 56, 90, 66, 94, 76, 37, 32, 12,
                    13, 82, 29, 72, 52, 50, 27, 57, 78, 19, 2, 49, 15, 25, 55, 47, 31, 96, 73, 0,
                    6, 65, 53, 80, 30, 45, 46, 8, 74, 33, 91, 88, 93, 63, 24, 38, 39, 89, 20, 71,
                    61, 41, 70, 43, 22, 92, 51, 17, 26, 21, 18, 7, 28, 68, 4, 75, 11, 67, 62, 59
                ],
                &[
                    46, 53, 48, 70, 57, 65, 45, 91, 90, 68, 43, 26, 56, 67, 15, 78, 55, 73, 19, 16,
                    86, 60, 89, 82, 44, 87, 22, 24, 30, 17, 77, 93, 32, 13, 21, 64, 62, 74, 28, 31,
                    72, 94, 69, 42, 47, 92, 59, 66, 83, 40, 18, 25, 34, 29, 76, 84, 52, 54, 79, 80,
                    33, 36, 20, 14, 81, 10, 49, 50, 23, 27, 63, 88, 12, 75, 58, 39, 38, 61, 71, 41,
                    51, 85, 37, 35, 11
                ]
            ),
            [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 95, 96, 97, 98, 99],
            "case 99: diff_iter"
        );
        assert_eq!(
            diff_iter(
                &[
                    83, 79, 16, 30, 37, 94, 63, 24, 43, 75, 8, 48, 50, 38, 12, 60, 9, 22, 97, 7,
                    62, 57, 95, 4, 74, 82, 18, 77, 29, 0, 31, 21, 59, 76, 27, 84, 6, 73, 99, 3, 51,
                    70, 20, 91, 39, 92, 49, 96, 14, 17, 58, 88, 56, 36, 19, 72, 98, 35, 46, 93, 90,
                    28, 71, 44, 45, 10, 33, 41, 2, 42, 52, 15, 81, 68, 61, 13, 1, 80, 87, 25, 11,
                    55, 65, 40, 89, 26, 47, 85, 53, 54, 67, 23, 5, 32, 78, 64, 86, 34, 69, 66
                ],
                &[1, 2, 3]
            ),
            [
                0, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24,
                25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45,
                46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66,
                67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87,
                88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99
            ],
            "case 100: diff_iter"
        );
        assert_eq!(
            diff_iter(
                &[
                    16320, 5376, 13632, 2240, 16640, 5568, 11712, 17344, 14016, 4288, 10688, 13184,
                    14592, 11264, 12160, 15552, 9280, 8256, 3072, 14528, 4160, 7488, 19008, 1920,
                    4352, 2752, 7168, 5248, 7552, 3264, 10176, 1024, 4672, 6208, 17600, 8064, 8896,
                    17088, 14336, 10240, 17024, 18240, 15808, 320, 5760, 3328, 4544, 11776, 832,
                    1984, 2048, 9984, 13760, 15360, 11136, 11840, 15488, 12800, 15936, 17728,
                    15680, 9536, 2304, 11328, 15424, 1664, 17472, 1856, 7872, 9152, 0, 5184, 8704,
                    6400, 16448, 7424, 14912, 12096, 8384, 4416, 4928, 3520, 384, 4800, 7104,
                    11456, 2432, 10304, 14848, 6080, 17792, 16128, 8000, 6912, 4224, 5696, 10560,
                    3584, 17664, 18432, 18624, 3968, 18048, 12544, 12032, 8960, 11904, 896, 11392,
                    1152, 14656, 7040, 16576, 17280, 3136, 16960, 512, 3392, 5120, 13824, 9600,
                    6016, 15872, 18368, 18944, 6144, 11008, 1536, 4608, 2496, 3712, 12352, 3904,
                    1600, 6848, 19136, 13696, 9344, 18752, 18560, 5888, 2112, 10496, 16064, 11520,
                    3776, 8640, 5056, 2176, 15296, 11968, 16192, 7744, 256, 18880, 6336, 448, 8320,
                    14976, 1472, 3648, 8768, 7680, 17536, 9216, 13568, 192, 13248, 2624, 15744,
                    7232, 7296, 10752, 5440, 16704, 10944, 13952, 3456, 12992, 12672, 8192, 15104,
                    8128, 10368, 576, 2560, 6528, 17216, 6464, 18176, 16832, 11072, 16256, 12608,
                    5824, 6976, 2944, 9024, 17152, 6720, 768, 1728, 2880, 14400, 9856, 13888, 6784,
                    6272, 5504, 15616, 128, 9920, 15168, 16768, 17408, 10112, 2816, 1280, 9472,
                    8576, 9088, 14144, 16512, 3840, 13312, 15232, 1792, 7360, 4480, 13504, 13440,
                    704, 8512, 13056, 13120, 16896, 14464, 14208, 18688, 11648, 7936, 12224, 2368,
                    18112, 640, 13376, 4096, 1088, 8832, 3008, 10624, 12480, 14080, 3200, 1408,
                    18496, 5952, 2688, 4992, 15040, 64, 4032, 12864, 11200, 5632, 14720, 14784,
                    9792, 960, 17984, 17856, 18816, 12416, 6656, 10816, 7616, 7808, 1216, 8448,
                    18304, 9408, 10880, 5312, 19072, 6592, 12928, 1344, 4736, 9728, 12288, 10048,
                    17920, 10432, 12736, 4864, 11584, 14272, 9664, 16384, 16000
                ],
                &[
                    17920, 832, 5888, 10688, 3520, 4672, 18048, 9920, 8128, 12800, 5760, 11904,
                    3712, 9664, 2688, 10432, 8192, 2944, 13888, 3648, 3904, 4608, 3968, 14592,
                    12672, 5504, 18560, 7488, 2816, 5184, 3392, 1664, 16512, 11264, 10560, 16640,
                    512, 17152, 4544, 192, 2560, 7168, 6144, 17344, 8320, 11072, 16832, 12224,
                    2048, 8384, 18112, 13376, 16896, 10752, 8768, 960, 11584, 768, 14848, 12864,
                    16064, 2752, 12416, 6336, 16000, 9600, 15168, 576, 13184, 14656, 1792, 13568,
                    1472, 8960, 5824, 15616, 12544, 4992, 8512, 7744, 17856, 10816, 13056, 8896,
                    12288, 5312, 1536, 4928, 8704, 12480, 9984, 10368, 16448, 6208, 18688, 12992,
                    13696, 896, 15296, 1344, 16192, 1600, 11328, 9344, 17024, 7872, 704, 0, 9472,
                    4800, 320, 12352, 640, 13440, 1728, 5696, 6720, 16960, 3328, 10304, 9792,
                    13632, 18752, 18816, 1920, 18432, 1408, 8064, 14144, 7680, 13760, 10176, 15744,
                    15936, 7104, 4352, 11648, 12928, 14272, 15424, 14400, 18496, 6848, 448, 16384,
                    14080, 12736, 16256, 18176, 12160, 2880, 14336, 384, 15680, 15104, 11840, 1216,
                    2304, 4032, 6976, 12032, 14528, 2368, 5376, 13504, 4288, 15488, 1280, 14976,
                    2624, 14912, 16576, 7552, 6592, 3264, 5568, 9856, 15040, 8576, 11520, 6464,
                    18240, 5952, 1024, 14208, 7360, 64, 18368, 13952, 8640, 14720, 6784, 6528,
                    3200, 8448, 15872, 6400, 5440, 17536, 1856, 18880, 3456, 11968, 256, 5248,
                    7424, 8832, 15808, 10240, 9088, 16128, 11200, 13824, 9728, 4416, 17664, 13120,
                    9408, 4160, 3072, 9536, 4480, 12096, 18944, 15552, 3008, 11776, 6656, 6016,
                    3136, 11008, 14016, 2112, 4224, 19136, 9024, 13312, 10624, 12608, 8000, 7936,
                    11456, 2176, 17280, 5056, 7808, 15360, 16768, 9216, 11392
                ]
            ),
            [
                17408, 10496, 3584, 4096, 5120, 5632, 3840, 4864, 6912, 11712, 7232, 19008, 9280,
                8256, 16704, 17216, 17728, 17472, 1088, 17984, 10048, 14464, 7040, 128, 1152,
                10112, 19072, 4736, 6272, 15232, 7296, 17792, 18304, 16320, 18624, 3776, 13248,
                14784, 2240, 17088, 2496, 10944, 6080, 7616, 2432, 10880, 11136, 9152, 17600, 1984
            ],
            "case 101: diff_iter"
        );
        assert_eq!(
            diff_iter(
                &[
                    6327, 6253, 1739, 9472, 10249, 518, 9768, 2331, 7955, 7104, 10989, 4699, 8547,
                    2812, 7659, 4995, 4884, 962, 7437, 5883, 11026, 6512, 7326, 10397, 8991, 4958,
                    3145, 7511, 1221, 2368, 4144, 3182, 6031, 3404, 111, 4403, 2072, 74, 4070,
                    6364, 4329, 222, 1443, 8214, 6697, 1295, 1258, 5143, 8177, 8066, 9620, 6808,
                    4551, 10915, 6068, 7400, 9324, 10767, 2183, 1665, 5846, 7844, 2553, 9398, 7289,
                    5772, 9213, 4514, 9176, 9139, 7770, 3885, 8103, 3589, 3552, 6290, 3478, 5661,
                    9509, 4736, 1147, 3219, 10212, 5920, 9287, 5328, 10360, 7622, 3848, 9065, 8510,
                    9250, 2146, 5550, 10619, 8695, 6993, 9916, 2775, 777, 1184, 7474, 3293, 2923,
                    6660, 3367, 1517, 5587, 5254, 2405, 555, 1554, 4107, 2960, 2627, 9102, 7881,
                    3071, 8325, 407, 6956, 370, 4477, 10101, 1702, 9842, 4662, 4773, 5809, 4181,
                    10064, 9805, 9731, 8732, 9657, 7141, 10138, 6401, 666, 5291, 5106, 6919, 999,
                    3663, 7178, 10804, 2294, 2590, 1480, 7548, 7807, 4440, 6586, 10582, 8473, 1887,
                    9361, 4588, 6549, 10508, 7215, 7252, 3515, 8658, 1073, 4255, 1628, 10656, 2479,
                    2516, 5032, 8362, 5513, 1961, 481, 2220, 37, 8584, 9879, 4625, 10693, 6734,
                    4810, 3811, 8399, 1406, 148, 3737, 7363, 629, 5994, 10730, 10841, 7585, 333,
                    6771, 10952, 6105, 9990, 925, 5402, 7733, 7067, 10434, 3256, 4921, 2109, 1036,
                    1813, 6882, 2035, 3700, 8880, 4847, 3774, 4292, 6142, 814, 7030, 4366, 3959,
                    259, 5217, 6438, 1369, 2442, 0, 1332, 8806, 10471, 1776, 296, 10175, 8917,
                    2738, 2997, 185, 3441, 444, 9028, 8954, 9953, 5180, 8769, 5735, 7918, 3922,
                    10878, 8436, 3034, 5069, 3108, 703, 1924, 4033, 8288, 9694, 6216, 9546, 5698,
                    2664, 5624, 10323, 6179, 9583, 6845, 1110, 8843, 10545, 1591, 3626, 6623, 8621,
                    2257, 9435, 8251, 11063, 10286, 2886, 5957, 851, 8140, 740, 5476, 1850, 2849,
                    592, 2701, 7992, 4218, 10027, 3330, 5439, 3996, 6475, 5365, 7696, 1998, 8029,
                    888
                ],
                &[
                    0, 74, 148, 222, 296, 370, 444, 518, 592, 666, 740, 814, 888, 962, 1036, 1110,
                    1184, 1258, 1332, 1406, 1480, 1554, 1628, 1702, 1776, 1850, 1924, 1998, 2072,
                    2146, 2220, 2294, 2368, 2442, 2516, 2590, 2664, 2738, 2812, 2886, 2960, 3034,
                    3108, 3182, 3256, 3330, 3404, 3478, 3552, 3626, 3700, 3774, 3848, 3922, 3996,
                    4070, 4144, 4218, 4292, 4366, 4440, 4514, 4588, 4662, 4736, 4810, 4884, 4958,
                    5032, 5106, 5180, 5254, 5328, 5402, 5476, 5550, 5624, 5698, 5772, 5846, 5920,
                    5994, 6068, 6142, 6216, 6290, 6364, 6438, 6512, 6586, 6660, 6734, 6808, 6882,
                    6956, 7030, 7104, 7178, 7252, 7326, 7400, 7474, 7548, 7622, 7696, 7770, 7844,
                    7918, 7992, 8066, 8140, 8214, 8288, 8362, 8436, 8510, 8584, 8658, 8732, 8806,
                    8880, 8954, 9028, 9102, 9176, 9250, 9324, 9398, 9472, 9546, 9620, 9694, 9768,
                    9842, 9916, 9990, 10064, 10138, 10212, 10286, 10360, 10434, 10508, 10582,
                    10656, 10730, 10804, 10878, 10952, 11026, 37, 111, 185, 259, 333, 407, 481,
                    555, 629, 703, 777, 851, 925, 999, 1073, 1147, 1221, 1295, 1369, 1443, 1517,
                    1591, 1665, 1739, 1813, 1887, 1961, 2035, 2109, 2183, 2257, 2331, 2405, 2479,
                    2553, 2627, 2701, 2775, 2849, 2923, 2997, 3071, 3145, 3219, 3293, 3367, 3441,
                    3515, 3589, 3663, 3737, 3811, 3885, 3959, 4033, 4107, 4181, 4255, 4329, 4403,
                    4477, 4551, 4625, 4699, 4773, 4847, 4921, 4995, 5069, 5143, 5217, 5291, 5365,
                    5439, 5513, 5587, 5661, 5735, 5809, 5883, 5957, 6031, 6105, 6179, 6253, 6327,
                    6401, 6475, 6549, 6623, 6697, 6771, 6845, 6919, 6993, 7067, 7141, 7215, 7289,
                    7363
                ]
            ),
            [
                9731, 10249, 7437, 10767, 7955, 8473, 8991, 9509, 10027, 10545, 7733, 11063, 8251,
                8769, 9287, 9805, 10323, 7511, 10841, 8029, 8547, 9065, 9583, 10101, 10619, 7807,
                8325, 8843, 9361, 9879, 10397, 7585, 10915, 8103, 8621, 9139, 9657, 10175, 10693,
                7881, 8399, 8917, 9435, 9953, 10471, 7659, 10989, 8177, 8695, 9213
            ],
            "case 102: diff_iter"
        );
        assert_eq!(
            isub(
                &[
                    16320, 5376, 13632, 2240, 16640, 5568, 11712, 17344, 14016, 4288, 10688, 13184,
                    14592, 11264, 12160, 15552, 9280, 8256, 3072, 14528, 4160, 7488, 19008, 1920,
                    4352, 2752, 7168, 5248, 7552, 3264, 10176, 1024, 4672, 6208, 17600, 8064, 8896,
                    17088, 14336, 10240, 17024, 18240, 15808, 320, 5760, 3328, 4544, 11776, 832,
                    1984, 2048, 9984, 13760, 15360, 11136, 11840, 15488, 12800, 15936, 17728,
                    15680, 9536, 2304, 11328, 15424, 1664, 17472, 1856, 7872, 9152, 0, 5184, 8704,
                    6400, 16448, 7424, 14912, 12096, 8384, 4416, 4928, 3520, 384, 4800, 7104,
                    11456, 2432, 10304, 14848, 6080, 17792, 16128, 8000, 6912, 4224, 5696, 10560,
                    3584, 17664, 18432, 18624, 3968, 18048, 12544, 12032, 8960, 11904, 896, 11392,
                    1152, 14656, 7040, 16576, 17280, 3136, 16960, 512, 3392, 5120, 13824, 9600,
                    6016, 15872, 18368, 18944, 6144, 11008, 1536, 4608, 2496, 3712, 12352, 3904,
                    1600, 6848, 19136, 13696, 9344, 18752, 18560, 5888, 2112, 10496, 16064, 11520,
                    3776, 8640, 5056, 2176, 15296, 11968, 16192, 7744, 256, 18880, 6336, 448, 8320,
                    14976, 1472, 3648, 8768, 7680, 17536, 9216, 13568, 192, 13248, 2624, 15744,
                    7232, 7296, 10752, 5440, 16704, 10944, 13952, 3456, 12992, 12672, 8192, 15104,
                    8128, 10368, 576, 2560, 6528, 17216, 6464, 18176, 16832, 11072, 16256, 12608,
                    5824, 6976, 2944, 9024, 17152, 6720, 768, 1728, 2880, 14400, 9856, 13888, 6784,
                    6272, 5504, 15616, 128, 9920, 15168, 16768, 17408, 10112, 2816, 1280, 9472,
                    8576, 9088, 14144, 16512, 3840, 13312, 15232, 1792, 7360, 4480, 13504, 13440,
                    704, 8512, 13056, 13120, 16896, 14464, 14208, 18688, 11648, 7936, 12224, 2368,
                    18112, 640, 13376, 4096, 1088, 8832, 3008, 10624, 12480, 14080, 3200, 1408,
                    18496, 5952, 2688, 4992, 15040, 64, 4032, 12864, 11200, 5632, 14720, 14784,
                    9792, 960, 17984, 17856, 18816, 12416, 6656, 10816, 7616, 7808, 1216, 8448,
                    18304, 9408, 10880, 5312, 19072, 6592, 12928, 1344, 4736, 9728, 12288, 10048,
                    17920, 10432, 12736, 4864, 11584, 14272, 9664, 16384, 16000
                ],
                &[
                    16320, 5376, 13632, 2240, 16640, 5568, 11712, 17344, 14016, 4288, 10688, 13184,
                    14592, 11264, 12160, 15552, 9280, 8256, 3072, 14528, 4160, 7488, 19008, 1920,
                    4352, 2752, 7168, 5248, 7552, 3264, 10176, 1024, 4672, 6208, 17600, 8064, 8896,
                    17088, 14336, 10240, 17024, 18240, 15808, 320, 5760, 3328, 4544, 11776, 832,
                    1984, 2048, 9984, 13760, 15360, 11136, 11840, 15488, 12800, 15936, 17728,
                    15680, 9536, 2304, 11328, 15424, 1664, 17472, 1856, 7872, 9152, 0, 5184, 8704,
                    6400, 16448, 7424, 14912, 12096, 8384, 4416, 4928, 3520, 384, 4800, 7104,
                    11456, 2432, 10304, 14848, 6080, 17792, 16128, 8000, 6912, 4224, 5696, 10560,
                    3584, 17664, 18432, 18624, 3968, 18048, 12544, 12032, 8960, 11904, 896, 11392,
                    1152, 14656, 7040, 16576, 17280, 3136, 16960, 512, 3392, 5120, 13824, 9600,
                    6016, 15872, 18368, 18944, 6144, 11008, 1536, 4608, 2496, 3712, 12352, 3904,
                    1600, 6848, 19136, 13696, 9344, 18752, 18560, 5888, 2112, 10496, 16064, 11520,
                    3776, 8640, 5056, 2176, 15296, 11968, 16192, 7744, 256, 18880, 6336, 448, 8320,
                    14976, 1472, 3648, 8768, 7680, 17536, 9216, 13568, 192, 13248, 2624, 15744,
                    7232, 7296, 10752, 5440, 16704, 10944, 13952, 3456, 12992, 12672, 8192, 15104,
                    8128, 10368, 576, 2560, 6528, 17216, 6464, 18176, 16832, 11072, 16256, 12608,
                    5824, 6976, 2944, 9024, 17152, 6720, 768, 1728, 2880, 14400, 9856, 13888, 6784,
                    6272, 5504, 15616, 128, 9920, 15168, 16768, 17408, 10112, 2816, 1280, 9472,
                    8576, 9088, 14144, 16512, 3840, 13312, 15232, 1792, 7360, 4480, 13504, 13440,
                    704, 8512, 13056, 13120, 16896, 14464, 14208, 18688, 11648, 7936, 12224, 2368,
                    18112, 640, 13376, 4096, 1088, 8832, 3008, 10624, 12480, 14080, 3200, 1408,
                    18496, 5952, 2688, 4992, 15040
                ]
            ),
            [
                8448, 16384, 17920, 5632, 6656, 9728, 12288, 4864, 64, 1344, 9792, 10816, 12864,
                17984, 10048, 11584, 12416, 12928, 16000, 19072, 4736, 14720, 7808, 18304, 18816,
                10880, 6592, 7616, 11200, 12736, 5312, 14272, 14784, 960, 9408, 17856, 10432, 4032,
                1216, 9664
            ],
            "case 103: isub"
        );
        assert_eq!(
            rem_add(
                &[
                    16320, 5376, 13632, 2240, 16640, 5568, 11712, 17344, 14016, 4288, 10688, 13184,
                    14592, 11264, 12160, 15552, 9280, 8256, 3072, 14528, 4160, 7488, 19008, 1920,
                    4352, 2752, 7168, 5248, 7552, 3264, 10176, 1024, 4672, 6208, 17600, 8064, 8896,
                    17088, 14336, 10240, 17024, 18240, 15808, 320, 5760, 3328, 4544, 11776, 832,
                    1984, 2048, 9984, 13760, 15360, 11136, 11840, 15488, 12800, 15936, 17728,
                    15680, 9536, 2304, 11328, 15424, 1664, 17472, 1856, 7872, 9152, 0, 5184, 8704,
                    6400, 16448, 7424, 14912, 12096, 8384, 4416, 4928, 3520, 384, 4800, 7104,
                    11456, 2432, 10304, 14848, 6080, 17792, 16128, 8000, 6912, 4224, 5696, 10560,
                    3584, 17664, 18432, 18624, 3968, 18048, 12544, 12032, 8960, 11904, 896, 11392,
                    1152, 14656, 7040, 16576, 17280, 3136, 16960, 512, 3392, 5120, 13824, 9600,
                    6016, 15872, 18368, 18944, 6144, 11008, 1536, 4608, 2496, 3712, 12352, 3904,
                    1600, 6848, 19136, 13696, 9344, 18752, 18560, 5888, 2112, 10496, 16064, 11520,
                    3776, 8640, 5056, 2176, 15296, 11968, 16192, 7744, 256, 18880, 6336, 448, 8320,
                    14976, 1472, 3648, 8768, 7680, 17536, 9216, 13568, 192, 13248, 2624, 15744,
                    7232, 7296, 10752, 5440, 16704, 10944, 13952, 3456, 12992, 12672, 8192, 15104,
                    8128, 10368, 576, 2560, 6528, 17216, 6464, 18176, 16832, 11072, 16256, 12608,
                    5824, 6976, 2944, 9024, 17152, 6720, 768, 1728, 2880, 14400, 9856, 13888, 6784,
                    6272, 5504, 15616, 128, 9920, 15168, 16768, 17408, 10112, 2816, 1280, 9472,
                    8576, 9088, 14144, 16512, 3840, 13312, 15232, 1792, 7360, 4480, 13504, 13440,
                    704, 8512, 13056, 13120, 16896, 14464, 14208, 18688, 11648, 7936, 12224, 2368,
                    18112, 640, 13376, 4096, 1088, 8832, 3008, 10624, 12480, 14080, 3200, 1408,
                    18496, 5952, 2688, 4992, 15040, 64, 4032, 12864, 11200, 5632, 14720, 14784,
                    9792, 960, 17984, 17856, 18816, 12416, 6656, 10816, 7616, 7808, 1216, 8448,
                    18304, 9408, 10880, 5312, 19072, 6592, 12928, 1344, 4736, 9728, 12288, 10048,
                    17920, 10432, 12736, 4864, 11584, 14272, 9664, 16384, 16000
                ],
                &[
                    16320, 5376, 13632, 2240, 16640, 5568, 11712, 17344, 14016, 4288, 10688, 13184,
                    14592, 11264, 12160, 15552, 9280, 8256, 3072, 14528, 4160, 7488, 19008, 1920,
                    4352, 2752, 7168, 5248, 7552, 3264, 10176, 1024, 4672, 6208, 17600, 8064, 8896,
                    17088, 14336, 10240, 17024, 18240, 15808, 320, 5760, 3328, 4544, 11776, 832,
                    1984, 2048, 9984, 13760, 15360, 11136, 11840, 15488, 12800, 15936, 17728,
                    15680, 9536, 2304, 11328, 15424, 1664, 17472, 1856, 7872, 9152, 0, 5184, 8704,
                    6400, 16448, 7424, 14912, 12096, 8384, 4416, 4928, 3520, 384, 4800, 7104,
                    11456, 2432, 10304, 14848, 6080, 17792, 16128, 8000, 6912, 4224, 5696, 10560,
                    3584, 17664, 18432, 18624, 3968, 18048, 12544, 12032, 8960, 11904, 896, 11392,
                    1152, 14656, 7040, 16576, 17280, 3136, 16960, 512, 3392, 5120, 13824, 9600,
                    6016, 15872, 18368, 18944, 6144, 11008, 1536, 4608, 2496, 3712, 12352, 3904,
                    1600, 6848, 19136, 13696, 9344, 18752, 18560, 5888, 2112, 10496, 16064, 11520,
                    3776, 8640, 5056, 2176, 15296, 11968, 16192, 7744, 256, 18880, 6336, 448, 8320,
                    14976, 1472, 3648, 8768, 7680, 17536, 9216, 13568, 192, 13248, 2624, 15744,
                    7232, 7296, 10752, 5440, 16704, 10944, 13952, 3456, 12992, 12672, 8192, 15104,
                    8128, 10368, 576, 2560, 6528, 17216, 6464, 18176, 16832, 11072, 16256, 12608,
                    5824, 6976, 2944, 9024, 17152, 6720, 768, 1728, 2880, 14400, 9856, 13888, 6784,
                    6272, 5504, 15616, 128, 9920, 15168, 16768, 17408, 10112, 2816, 1280, 9472,
                    8576, 9088, 14144, 16512, 3840, 13312, 15232, 1792, 7360, 4480, 13504, 13440,
                    704, 8512, 13056, 13120, 16896, 14464, 14208, 18688, 11648, 7936, 12224, 2368,
                    18112, 640, 13376, 4096, 1088, 8832, 3008, 10624, 12480, 14080, 3200, 1408,
                    18496, 5952, 2688, 4992, 15040
                ],
                &[5, 6, 7, 64000]
            ),
            [
                7, 6, 12416, 5, 8448, 12928, 16384, 11200, 17920, 12736, 64, 5312, 1344, 9792,
                16000, 14272, 14784, 10816, 5632, 6656, 12864, 19072, 960, 9408, 17856, 4736,
                10432, 9728, 4032, 14720, 17984, 7808, 10048, 6592, 12288, 4864, 11584, 7616,
                18304, 18816, 64000, 10880, 1216, 9664
            ],
            "case 104: rem_add"
        );
        assert_eq!(
            inter_iter(
                &[
                    5, 98, 29, 40, 64, 8, 87, 99, 95, 58, 18, 67, 50, 51, 39, 65, 55, 45, 41, 73,
                    47, 57, 53, 83, 23, 56, 86, 79, 6, 52, 63, 75, 88, 84, 46, 61, 33, 74, 30, 37,
                    4, 34, 81, 11, 72, 35, 13, 2, 21, 77, 12, 78, 9, 15, 59, 26, 89, 92, 27, 68, 0,
                    60, 31, 16, 70, 42, 80, 96, 44, 17, 91, 97, 90, 38, 48, 54, 20, 49, 82, 24, 71,
                    25, 19, 22, 14, 93, 76, 94, 10, 85, 43, 32, 7, 28, 62, 3, 1, 36, 66, 69
                ],
                &[99, 5, 1000, 6, 7, 64]
            ),
            [64, 99, 5, 6, 7],
            "case 105: inter_iter"
        );
        assert_eq!(
            xor_iter(
                &[
                    11, 12, 0, 14, 10, 26, 22, 9, 20, 5, 16, 28, 15, 17, 24, 8, 3, 6, 13, 7, 1, 2,
                    4, 23, 29, 27, 18, 25, 19, 21
                ],
                &[1, 2, 100, 3, 200, 132]
            ),
            [
                0, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24,
                25, 26, 27, 28, 29, 132, 200, 100
            ],
            "case 106: xor_iter"
        );
    }

    fn digest(l: &[i64]) -> u64 {
        l.iter()
            .fold(0u64, |h, &x| h.wrapping_mul(1000003) ^ (x as u64))
    }

    /// > 50000 elements: growth by used*2 instead of used*4; big pops/copy.
    #[test]
    fn big_set_order_digest() {
        let order: Vec<i64> = (0..70000i64).map(|i| (i * 40503) % 70000).collect();
        let mut s = S::new();
        for &x in &order {
            ins(&mut s, x * 37);
        }
        for x in (0..70000 * 37).step_by(37 * 3) {
            dis(&mut s, x);
        }
        for x in 0..10000 {
            ins(&mut s, -x * 5);
        }
        let popped = pop_n(&mut s, 1000);
        // Expected values from CPython 3.11.7 running the same steps.
        assert_eq!(s.len(), 55666);
        assert_eq!(digest(&lst(&s)), 3586674613587641052);
        assert_eq!(digest(&popped), 9488649814526128237);
        let c = s.copy();
        assert_eq!(c.len(), 55666);
        assert_eq!(digest(&lst(&c)), 11963275699073471054);
    }

    #[test]
    fn set_basic_ops() {
        let mut s = S::new();
        assert!(s.is_empty());
        assert!(s.pop().is_none());
        assert!(s.insert(5, 5, &mut eqf).unwrap());
        assert!(!s.insert(5, 5, &mut eqf).unwrap());
        assert!(s.contains(5, 5, &mut eqf).unwrap());
        assert!(!s.contains(13, 13, &mut eqf).unwrap());
        assert_eq!(s.get(5, 5, &mut eqf).unwrap(), Some(5));
        assert_eq!(s.discard(5, 5, &mut eqf).unwrap(), Some(5));
        assert_eq!(s.discard(5, 5, &mut eqf).unwrap(), None);
        assert_eq!(s.len(), 0);
        assert_eq!(s.fill(), 1);
        // errors from eq propagate and leave the set unchanged
        let mut s = mk(&[1, 9, 17]);
        let mut bad = |_: i64, _: i64| -> Result<bool, &'static str> { Err("boom") };
        assert_eq!(s.insert(25, 9, &mut bad).unwrap_err(), "boom"); // same hash as 9
        assert_eq!(s.discard(25, 9, &mut bad).unwrap_err(), "boom");
        assert_eq!(s.contains(25, 25, &mut bad), Ok(false)); // no hash match: eq not called
        assert_eq!(lst(&s), adds(&[1, 9, 17]));
        // identity short-circuits eq
        assert_eq!(s.insert(9, 9, &mut bad), Ok(false));
        // positional iteration
        let mut pos = 0;
        let mut seen = vec![];
        while let Some((k, h)) = s.next_entry(&mut pos) {
            assert_eq!(h, py_hash(k));
            seen.push(k);
        }
        assert_eq!(seen, lst(&s));
        // aliasing binary ops
        let a = mk(&[1, 2, 3, 33]);
        assert_eq!(lst(&S::union(&a, &a, &mut eqf).unwrap()), lst(&a.copy()));
        assert_eq!(
            lst(&S::intersection(&a, &a, &mut eqf).unwrap()),
            lst(&a.copy())
        );
        assert!(S::difference(&a, &a, &mut eqf).unwrap().is_empty());
        assert!(
            S::symmetric_difference(&a, &a, &mut eqf)
                .unwrap()
                .is_empty()
        );
        assert!(a.is_subset(&mk(&[1, 2, 3, 33, 4]), &mut eqf).unwrap());
        assert!(!a.is_subset(&mk(&[1, 2, 3]), &mut eqf).unwrap());
        assert!(a.is_disjoint(&mk(&[4, 5]), &mut eqf).unwrap());
        assert!(!a.is_disjoint(&mk(&[4, 33]), &mut eqf).unwrap());
        // dyn FnMut works too
        let mut f = |a: i64, b: i64| -> Result<bool, ()> { Ok(a == b) };
        let dynf: &mut dyn FnMut(i64, i64) -> Result<bool, ()> = &mut f;
        assert!(a.contains(33, 33, dynf).unwrap());
    }

    #[test]
    fn set_eq_called_on_hash_match_only() {
        // keys are distinct objects (ids) that share hashes: value = id / 10
        let mut calls = 0;
        let mut eq = |a: i64, b: i64| -> Result<bool, ()> {
            calls += 1;
            Ok(a / 10 == b / 10)
        };
        let mut s = S::new();
        assert!(s.insert(10, 1, &mut eq).unwrap());
        assert!(!s.insert(11, 1, &mut eq).unwrap()); // equal, different identity
        assert!(s.insert(20, 2, &mut eq).unwrap());
        assert_eq!(s.len(), 2);
        assert_eq!(s.get(12, 1, &mut eq).unwrap(), Some(10)); // stored key kept
        assert!(calls >= 2);
    }

    // -------------------------------------------------------------------
    // DictTable
    // -------------------------------------------------------------------

    type D = DictTable<i64, i64>;

    fn dins(d: &mut D, k: i64, v: i64) -> Option<i64> {
        d.insert(k, py_hash(k), v, &mut eqf).unwrap()
    }
    fn ddel(d: &mut D, k: i64) -> Option<(i64, i64)> {
        d.remove(k, py_hash(k), &mut eqf).unwrap()
    }
    fn dget(d: &D, k: i64) -> Option<i64> {
        d.get(k, py_hash(k), &mut eqf).unwrap().copied()
    }
    fn ditems(d: &D) -> Vec<(i64, i64)> {
        d.iter().map(|(k, v)| (k, *v)).collect()
    }

    #[test]
    fn dict_order_semantics() {
        let mut d = D::new();
        assert!(d.pop_last().is_none());
        assert_eq!(dget(&d, 1), None);
        for k in [5, 3, 9, 1, -1, 2] {
            assert_eq!(dins(&mut d, k, k * 10), None);
        }
        assert_eq!(dins(&mut d, 3, 33), Some(30)); // keeps position
        assert_eq!(
            ditems(&d),
            vec![(5, 50), (3, 33), (9, 90), (1, 10), (-1, -10), (2, 20)]
        );
        assert_eq!(ddel(&mut d, 9), Some((9, 90)));
        assert_eq!(ddel(&mut d, 9), None);
        assert_eq!(dins(&mut d, 9, 99), None); // re-insert goes last
        assert_eq!(d.keys().collect::<Vec<_>>(), vec![5, 3, 1, -1, 2, 9]);
        assert_eq!(d.pop_last(), Some((9, 99)));
        assert_eq!(d.pop_last(), Some((2, 20)));
        assert_eq!(
            d.values().copied().collect::<Vec<_>>(),
            vec![50, 33, 10, -10]
        );
        assert_eq!(d.len(), 4);
        let ix = d.get_index_of(1, 1, &mut eqf).unwrap().unwrap();
        assert_eq!(d.entry_at(ix), Some((1, &10)));
        assert_eq!(d.hash_at(ix), Some(1));
        *d.entry_at_mut(ix).unwrap().1 = 11;
        assert_eq!(dget(&d, 1), Some(11));
        *d.get_mut(-1, -2, &mut eqf).unwrap().unwrap() += 1;
        assert_eq!(dget(&d, -1), Some(-9));
        assert_eq!(d.remove_at(ix), Some((1, 11)));
        assert_eq!(d.entry_at(ix), None);
        let mut pos = 0;
        let mut seen = vec![];
        while let Some((_, k, v)) = d.next_entry(&mut pos) {
            seen.push((k, *v));
        }
        assert_eq!(seen, vec![(5, 50), (3, 33), (-1, -9)]);
        let c = d.clone();
        assert_eq!(ditems(&c), ditems(&d));
        let v0 = d.layout_version();
        d.clear();
        assert_ne!(d.layout_version(), v0);
        assert!(d.is_empty());
        assert_eq!(ditems(&d), vec![]);
        dins(&mut d, 7, 70);
        assert_eq!(d.drain(), vec![(7, 70)]);
        assert!(d.is_empty());
        let mut d2 = D::with_capacity(100);
        for k in 0..100 {
            d2.insert_unique_unchecked(k, py_hash(k), k);
        }
        assert_eq!(d2.keys().collect::<Vec<_>>(), (0..100).collect::<Vec<_>>());
        assert_eq!(d2.insert_full(50, 50, 0, &mut eqf).unwrap(), (50, Some(50)));
    }

    /// Randomized cross-check against a naive Vec model.
    #[test]
    fn dict_random_vs_model() {
        let mut state = 0x9E3779B97F4A7C15u64;
        let mut rnd = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let mut d = D::new();
        let mut model: Vec<(i64, i64)> = vec![];
        for step in 0..200_000i64 {
            let r = rnd();
            // small key space with colliding hashes (multiples of 64) plus negatives
            let k = ((r >> 8) % 300) as i64 * 64 - 5000;
            match r % 10 {
                0..=4 => {
                    let old = dins(&mut d, k, step);
                    let pos = model.iter().position(|e| e.0 == k);
                    match pos {
                        Some(p) => {
                            assert_eq!(old, Some(model[p].1));
                            model[p].1 = step;
                        }
                        None => {
                            assert_eq!(old, None);
                            model.push((k, step));
                        }
                    }
                }
                5..=7 => {
                    let got = ddel(&mut d, k);
                    let pos = model.iter().position(|e| e.0 == k);
                    assert_eq!(got, pos.map(|p| model.remove(p)));
                }
                8 => assert_eq!(d.pop_last(), model.pop()),
                _ => assert_eq!(dget(&d, k), model.iter().find(|e| e.0 == k).map(|e| e.1)),
            }
            assert_eq!(d.len(), model.len());
            if step % 5000 == 0 {
                assert_eq!(ditems(&d), model);
            }
            if step == 150_000 {
                d.clear();
                model.clear();
            }
        }
        assert_eq!(ditems(&d), model);
    }

    /// Repeated insert/popitem and insert/delete cycles must not exhaust the
    /// index table nor grow the entries vector without bound.
    #[test]
    fn dict_churn_terminates() {
        let mut d = D::new();
        for i in 0..100_000 {
            dins(&mut d, i, i);
            assert_eq!(d.pop_last(), Some((i, i)));
        }
        for i in 0..100_000 {
            dins(&mut d, 7, i);
            ddel(&mut d, 7);
        }
        dins(&mut d, 1, 1);
        assert!(d.entries_len() < 16);
        assert_eq!(ditems(&d), vec![(1, 1)]);
    }
}
