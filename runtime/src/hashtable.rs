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
            #[allow(clippy::needless_range_loop)] // the slot index is the algorithm's state
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
            if ix != IX_DUMMY
                && let Some(e) = &self.entries[ix as usize]
                && e.hash == hash
                && (e.key == key || eq(e.key, key)?)
            {
                return Ok(Some((i, ix as usize)));
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
        if let Some((_, ix)) = self.lookup(key, hash, eq)?
            && let Some(e) = self.entries[ix].as_mut()
        {
            return Ok(Some(std::mem::replace(&mut e.value, value)));
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
        if let Some((_, ix)) = self.lookup(key, hash, eq)?
            && let Some(e) = self.entries[ix].as_mut()
        {
            return Ok((ix, Some(std::mem::replace(&mut e.value, value))));
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
#[rustfmt::skip]
#[path = "hashtable_tests.rs"]
mod tests;
