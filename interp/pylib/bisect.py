"""Bisection algorithms (pure-Python version for pyjit).

The comparisons made are the same as CPython's _bisect module: bisect_right
tests `x < a[mid]`, bisect_left tests `a[mid] < x` (with key applied to the
list items only).
"""

__all__ = ['bisect', 'bisect_left', 'bisect_right', 'insort', 'insort_left',
           'insort_right']


def _bounds(a, lo, hi):
    if not isinstance(lo, int):
        lo = _as_index(lo)
    if lo < 0:
        raise ValueError('lo must be non-negative')
    # As in CPython, hi=None and hi=-1 both mean len(a).
    if hi is None or hi == -1:
        hi = len(a)
    elif not isinstance(hi, int):
        if getattr(type(hi), '__index__', None) is None:
            raise TypeError("argument should be integer or None, not '%s'"
                            % type(hi).__name__)
        hi = _as_index(hi)
    return lo, hi


def _as_index(v):
    meth = getattr(type(v), '__index__', None)
    if meth is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(v).__name__)
    return meth(v)


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """Return the index where to insert item x in list a, assuming a is sorted.

    The return value i is such that all e in a[:i] have e <= x, and all e in
    a[i:] have e > x.  Optional args lo (default 0) and hi (default len(a))
    bound the slice of a to be searched."""
    lo, hi = _bounds(a, lo, hi)
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < a[mid]:
                hi = mid
            else:
                lo = mid + 1
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < key(a[mid]):
                hi = mid
            else:
                lo = mid + 1
    return lo


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """Return the index where to insert item x in list a, assuming a is sorted.

    The return value i is such that all e in a[:i] have e < x, and all e in
    a[i:] have e >= x."""
    lo, hi = _bounds(a, lo, hi)
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if a[mid] < x:
                lo = mid + 1
            else:
                hi = mid
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if key(a[mid]) < x:
                lo = mid + 1
            else:
                hi = mid
    return lo


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Insert item x in list a, and keep it sorted assuming a is sorted.

    If x is already in a, insert it to the right of the rightmost x."""
    if key is None:
        lo = bisect_right(a, x, lo, hi)
    else:
        lo = bisect_right(a, key(x), lo, hi, key=key)
    a.insert(lo, x)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Insert item x in list a, and keep it sorted assuming a is sorted.

    If x is already in a, insert it to the left of the leftmost x."""
    if key is None:
        lo = bisect_left(a, x, lo, hi)
    else:
        lo = bisect_left(a, key(x), lo, hi, key=key)
    a.insert(lo, x)


bisect = bisect_right
insort = insort_right
