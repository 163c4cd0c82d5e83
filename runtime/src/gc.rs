//! The heap: object headers, allocation, and a non-moving mark-sweep collector.
//!
//! Rules the rest of the VM keeps:
//! - Allocation never collects. It only counts, and sets `pending` when the budget is spent.
//! - Collection happens only at *safepoints* chosen by the interpreter (loop back-edges and
//!   calls), via [`crate::Runtime::collect`], when every live value is in a root: the frame slot
//!   stack (`Runtime::stack[..Runtime::stack_top]`), the frame records, the runtime's globals,
//!   or `Runtime::temp_roots` (where Rust code that calls back into Python parks the values it
//!   holds across the call). A JIT trace will reach a safepoint by exiting to the interpreter.
//! - Objects never move, so a `Value` holding a pointer stays valid while the object is reachable.
//! - Cycles are reclaimed: reachability, not counts, decides.
//! - Stress mode (`PYJIT_GC_STRESS=1`) makes every safepoint collect.

use crate::object::{Kind, trace_object};
use crate::value::Value;

/// Every heap object starts with this header. A `Value` pointer points at it.
#[repr(C)]
pub struct Header {
    pub kind: Kind,
    pub marked: bool,
    /// Kind-specific flag bits (e.g. frozenset).
    pub flags: u8,
}

/// A heap object: header followed by its payload.
#[repr(C)]
pub struct Obj<T> {
    pub header: Header,
    pub data: T,
}

/// Implemented by every payload type; `KIND` ties the Rust type to the header tag.
pub trait Payload: Sized + 'static {
    const KIND: Kind;
    /// Pushes every `Value` this payload references.
    fn trace(&self, out: &mut Vec<Value>);
    /// Bytes owned outside the object itself (string data, vector storage).
    fn extra_bytes(&self) -> usize;
}

/// Header flag of an unreachable object kept in quarantine by stress mode: any access to it
/// is a rooting bug, caught by debug assertions in `payload` and by the marker.
pub const DEAD: u8 = 0x80;

/// Stress mode frees quarantined objects once this many have piled up.
const QUARANTINE_LIMIT: usize = 200_000;

pub struct Heap {
    objects: Vec<*mut Header>,
    quarantine: Vec<*mut Header>,
    since_last: usize,
    budget: usize,
    /// Bytes allocated since the last collection, and the budget for them: big strings and
    /// lists must trigger collection even when they are few.
    bytes_since_last: usize,
    byte_budget: usize,
    pub pending: bool,
    pub stress: bool,
    pub collections: u64,
    pub freed_total: u64,
}

const MIN_BUDGET: usize = 100_000;
const MIN_BYTE_BUDGET: usize = 32 << 20;

impl Heap {
    pub fn new(stress: bool) -> Heap {
        Heap {
            objects: Vec::with_capacity(1 << 16),
            quarantine: Vec::new(),
            since_last: 0,
            budget: MIN_BUDGET,
            bytes_since_last: 0,
            byte_budget: MIN_BYTE_BUDGET,
            pending: stress,
            stress,
            collections: 0,
            freed_total: 0,
        }
    }

    pub fn alloc<T: Payload>(&mut self, data: T) -> Value {
        self.bytes_since_last += std::mem::size_of::<Obj<T>>() + data.extra_bytes();
        if self.bytes_since_last >= self.byte_budget {
            self.pending = true;
        }
        let b = Box::new(Obj {
            header: Header {
                kind: T::KIND,
                marked: false,
                flags: 0,
            },
            data,
        });
        let p = Box::into_raw(b) as *mut Header;
        self.objects.push(p);
        self.since_last += 1;
        if self.since_last >= self.budget {
            self.pending = true;
        }
        Value::from_ptr(p)
    }

    /// Every live object of kind `kind`.
    pub fn objects_of(&self, kind: Kind) -> impl Iterator<Item = Value> + '_ {
        self.objects
            .iter()
            // SAFETY: objects in these lists are allocated and not yet freed.
            .filter(move |&&h| unsafe { (*h).kind == kind })
            .map(|&h| Value::from_ptr(h))
    }

    /// Which of `candidates` are reachable from `roots` (a mark without a sweep: the
    /// marks are cleared again).
    pub fn reachable(&mut self, roots: Vec<Value>, candidates: &[Value]) -> Vec<bool> {
        self.mark(roots);
        let out = candidates.iter().map(|&v| header(v).marked).collect();
        for &h in &self.objects {
            // SAFETY: as in `objects_of`.
            unsafe { (*h).marked = false };
        }
        out
    }

    pub fn live_objects(&self) -> usize {
        self.objects.len()
    }

    /// Marks everything reachable from `roots` and frees the rest.
    pub fn collect(&mut self, roots: Vec<Value>) {
        self.mark(roots);
        self.sweep();
    }

    fn mark(&mut self, roots: Vec<Value>) {
        let mut stack = roots;
        while let Some(v) = stack.pop() {
            if !v.is_ptr() {
                continue;
            }
            let h = v.ptr_bits() as *mut Header;
            // SAFETY: `v` is a root or was reached from one, so it points at a live object
            // allocated by `alloc` (objects are freed only below, after marking).
            unsafe {
                assert!(
                    (*h).flags & DEAD == 0,
                    "GC: a live reference to a collected object (missing root)"
                );
                if (*h).marked {
                    continue;
                }
                (*h).marked = true;
                trace_object(h, &mut stack);
            }
        }
    }

    /// Frees what `mark` left unmarked, and sets the next budget.
    fn sweep(&mut self) {
        let before = self.objects.len();
        let stress = self.stress;
        let quarantine = &mut self.quarantine;
        let mut live_bytes = 0usize;
        self.objects.retain(|&h| {
            // SAFETY: every pointer in `objects` is live until freed here, exactly once.
            unsafe {
                if (*h).marked {
                    (*h).marked = false;
                    live_bytes += crate::object::object_bytes(h);
                    true
                } else if stress {
                    // Finalized now, as freeing it would (a file is flushed and closed).
                    if (*h).kind == Kind::File {
                        crate::io::finalize(&mut (*(h as *mut Obj<crate::io::PyFile>)).data);
                    }
                    (*h).flags |= DEAD;
                    quarantine.push(h);
                    false
                } else {
                    crate::object::free_object(h);
                    false
                }
            }
        });
        if self.quarantine.len() > QUARANTINE_LIMIT {
            for h in self.quarantine.drain(..) {
                // SAFETY: quarantined objects are unreachable and freed exactly once.
                unsafe { crate::object::free_object(h) };
            }
        }
        let live = self.objects.len();
        self.freed_total += (before - live) as u64;
        self.collections += 1;
        self.since_last = 0;
        self.budget = MIN_BUDGET.max(live);
        self.bytes_since_last = 0;
        self.byte_budget = MIN_BYTE_BUDGET.max(live_bytes);
        self.pending = self.stress;
    }
}

impl Drop for Heap {
    fn drop(&mut self) {
        for &h in self.objects.iter().chain(self.quarantine.iter()) {
            // SAFETY: the heap owns every object it allocated; the runtime is going away.
            unsafe { crate::object::free_object(h) };
        }
    }
}

/// Reads the header of an object value.
#[inline(always)]
pub fn header(v: Value) -> &'static Header {
    debug_assert!(v.is_ptr());
    // SAFETY: pointer values always point at a live object header (GC invariant).
    unsafe { &*(v.ptr_bits() as *const Header) }
}

#[inline(always)]
pub fn kind_of(v: Value) -> Option<Kind> {
    if v.is_ptr() {
        Some(header(v).kind)
    } else {
        None
    }
}

/// Borrows the payload of `v` if it is a `T`.
///
/// The VM is single-threaded; callers must not keep the reference across anything that can
/// run Python code or free the object (i.e. across a safepoint).
#[inline(always)]
pub fn payload<T: Payload>(v: Value) -> Option<&'static mut T> {
    debug_assert!(
        !v.is_ptr() || header(v).flags & DEAD == 0,
        "use of a collected object (missing GC root)"
    );
    if v.is_ptr() && header(v).kind == T::KIND {
        // SAFETY: the header's kind says the object is an `Obj<T>`; see the note above for aliasing.
        Some(unsafe { &mut (*(v.ptr_bits() as *mut Obj<T>)).data })
    } else {
        None
    }
}

/// Like [`payload`] for a value already known to be a `T`.
#[inline(always)]
pub fn payload_unchecked<T: Payload>(v: Value) -> &'static mut T {
    debug_assert!(v.is_ptr() && header(v).kind == T::KIND);
    debug_assert!(
        header(v).flags & DEAD == 0,
        "use of a collected object (missing GC root)"
    );
    // SAFETY: the caller checked the kind.
    unsafe { &mut (*(v.ptr_bits() as *mut Obj<T>)).data }
}

pub fn set_flags(v: Value, flags: u8) {
    // SAFETY: `v` is a live object; single-threaded.
    unsafe { (*(v.ptr_bits() as *mut Header)).flags = flags };
}

#[cfg(test)]
mod tests {
    use crate::Runtime;
    use crate::value::Value;

    /// Builds `n` two-list cycles that nothing else references.
    fn make_cycles(rt: &mut Runtime, n: usize) {
        for _ in 0..n {
            let a = rt.new_list(vec![]);
            let b = rt.new_list(vec![a]);
            crate::gc::payload::<crate::object::PyList>(a)
                .unwrap()
                .0
                .push(b);
        }
    }

    #[test]
    fn unreachable_cycles_are_reclaimed() {
        let mut rt = Runtime::new(false);
        rt.collect();
        let baseline = rt.heap.live_objects();
        make_cycles(&mut rt, 1000);
        assert_eq!(rt.heap.live_objects(), baseline + 2000);
        rt.collect();
        assert_eq!(rt.heap.live_objects(), baseline);
    }

    #[test]
    fn rooted_values_and_what_they_reach_survive() {
        let mut rt = Runtime::new(false);
        let inner = rt.new_str("kept");
        let outer = rt.new_list(vec![inner, Value::small_int(7)]);
        rt.temp_roots.push(outer);
        make_cycles(&mut rt, 10);
        rt.collect();
        let l = crate::gc::payload::<crate::object::PyList>(outer).expect("outer list survives");
        assert_eq!(rt.str_of(l.0[0]), Some("kept"));
        rt.temp_roots.clear();
        let before = rt.heap.live_objects();
        rt.collect();
        assert_eq!(rt.heap.live_objects(), before - 2);
    }
}
