"""Heap queue algorithm (a.k.a. priority queue) for pyjit.

Heaps are lists for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for all k.
The sift procedures below perform exactly the same comparisons and moves as
CPython's _heapq module, so the resulting list layouts are identical.
Only the < operator is ever used to compare items.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _check_list(heap, fname, argnum=''):
    if not isinstance(heap, list):
        raise TypeError('%s() argument %smust be list, not %s'
                        % (fname, argnum, type(heap).__name__))


# The min-heap primitives are native (`_heapq`, CPython's sift algorithms), as CPython's
# are C.
from _heapq import heappush, heappop, heapify, heapreplace, heappushpop


# ---------------------------------------------------------------- max-heaps

def _sift_toward_root_max(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if parent < newitem:
            heap[pos] = parent
            pos = parentpos
        else:
            break
    heap[pos] = newitem


def _sift_to_leaf_max(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[rightpos] < heap[childpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _sift_toward_root_max(heap, startpos, pos)


def _heapify_max(x):
    """Transform list into a maxheap, in-place, in O(len(x)) time."""
    _check_list(x, '_heapify_max')
    for i in range(len(x) // 2 - 1, -1, -1):
        _sift_to_leaf_max(x, i)


def _heappop_max(heap):
    """Maxheap version of a heappop."""
    _check_list(heap, '_heappop_max')
    if not heap:
        raise IndexError('index out of range')
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _sift_to_leaf_max(heap, 0)
        return returnitem
    return lastelt


def _heapreplace_max(heap, item):
    """Maxheap version of a heappop followed by a heappush."""
    _check_list(heap, '_heapreplace_max', '1 ')
    if not heap:
        raise IndexError('index out of range')
    returnitem = heap[0]
    heap[0] = item
    _sift_to_leaf_max(heap, 0)
    return returnitem


# -------------------------------------------------------------------- merge

def merge(*iterables, key=None, reverse=False):
    """Merge multiple sorted inputs into a single sorted output.

    Equal items are produced in the order of the iterables they came from.
    """
    return _merge_gen(iterables, key, reverse)


def _merge_gen(iterables, key, reverse):
    # Heap entries are [sort_key, tiebreak, value, iterator]; tiebreak makes
    # earlier iterables win ties (it is negated for reverse=True because the
    # max-heap prefers larger tiebreaks).
    if reverse:
        heapify_ = _heapify_max
        pop_ = _heappop_max
        replace_ = _heapreplace_max
        direction = -1
    else:
        heapify_ = heapify
        pop_ = heappop
        replace_ = heapreplace
        direction = 1

    h = []
    order = 0
    for iterable in iterables:
        it = iter(iterable)
        for value in it:
            k = value if key is None else key(value)
            h.append([k, order * direction, value, it])
            break
        order += 1
    heapify_(h)
    while len(h) > 1:
        while True:
            entry = h[0]
            yield entry[2]
            it = entry[3]
            nxt = _SENTINEL
            for nxt in it:
                break
            if nxt is _SENTINEL:
                pop_(h)
                break
            entry[0] = nxt if key is None else key(nxt)
            entry[2] = nxt
            replace_(h, entry)
    if h:
        entry = h[0]
        yield entry[2]
        yield from entry[3]


_SENTINEL = object()


# ------------------------------------------------------- nsmallest/nlargest
#
# Same strategy as CPython (so the same items are returned when several
# compare equal): min()/max() for n == 1, sorted() when n >= len, otherwise a
# bounded heap of (key, order, item) entries.

def _best_one(iterable, key, largest):
    it = iter(iterable)
    best = _SENTINEL
    bestkey = None
    for item in it:
        k = item if key is None else key(item)
        if best is _SENTINEL:
            best = item
            bestkey = k
        elif largest:
            if k > bestkey:
                best = item
                bestkey = k
        else:
            if k < bestkey:
                best = item
                bestkey = k
    if best is _SENTINEL:
        return []
    return [best]


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]
    """
    if n == 1:
        return _best_one(iterable, key, False)
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        size = None
    if size is not None and n >= size:
        return sorted(iterable, key=key)[:n]

    it = iter(iterable)
    if key is None:
        result = []
        order = 0
        if n > 0:
            for elem in it:
                result.append((elem, order))
                order += 1
                if order >= n:
                    break
        if not result:
            return result
        _heapify_max(result)
        top = result[0][0]
        for elem in it:
            if elem < top:
                _heapreplace_max(result, (elem, order))
                top = result[0][0]
                order += 1
        result.sort()
        return [elem for elem, order in result]

    result = []
    order = 0
    if n > 0:
        for elem in it:
            result.append((key(elem), order, elem))
            order += 1
            if order >= n:
                break
    if not result:
        return result
    _heapify_max(result)
    top = result[0][0]
    for elem in it:
        k = key(elem)
        if k < top:
            _heapreplace_max(result, (k, order, elem))
            top = result[0][0]
            order += 1
    result.sort()
    return [elem for k, order, elem in result]


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]
    """
    if n == 1:
        return _best_one(iterable, key, True)
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        size = None
    if size is not None and n >= size:
        return sorted(iterable, key=key, reverse=True)[:n]

    it = iter(iterable)
    if key is None:
        result = []
        order = 0
        if n > 0:
            for elem in it:
                result.append((elem, order))
                order -= 1
                if order <= -n:
                    break
        if not result:
            return result
        heapify(result)
        top = result[0][0]
        for elem in it:
            if top < elem:
                heapreplace(result, (elem, order))
                top = result[0][0]
                order -= 1
        result.sort(reverse=True)
        return [elem for elem, order in result]

    result = []
    order = 0
    if n > 0:
        for elem in it:
            result.append((key(elem), order, elem))
            order -= 1
            if order <= -n:
                break
    if not result:
        return result
    heapify(result)
    top = result[0][0]
    for elem in it:
        k = key(elem)
        if top < k:
            heapreplace(result, (k, order, elem))
            top = result[0][0]
            order -= 1
    result.sort(reverse=True)
    return [elem for k, order, elem in result]
