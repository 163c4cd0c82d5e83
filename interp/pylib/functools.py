"""Higher-order functions and operations on callable objects (pure-Python
version for pyjit)."""

from collections import namedtuple as _namedtuple

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'cached_property']

_MISSING = object()


# ============================================================ update_wrapper

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    """Update a wrapper function to look like the wrapped function."""
    for attr in assigned:
        value = getattr(wrapped, attr, _MISSING)
        if value is _MISSING:
            continue
        try:
            setattr(wrapper, attr, value)
        except (AttributeError, TypeError):
            pass
    for attr in updated:
        target = getattr(wrapper, attr, None)
        source = getattr(wrapped, attr, None)
        if target is None or not source:
            continue
        try:
            target.update(source)
        except (AttributeError, TypeError):
            pass
    # Set last so that a __wrapped__ copied from wrapped's __dict__ is replaced.
    try:
        wrapper.__wrapped__ = wrapped
    except (AttributeError, TypeError):
        pass
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator factory to apply update_wrapper() to a wrapper function."""
    def decorator(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return decorator


# ============================================================ total_ordering

def _gt_from_lt(self, other):
    r = type(self).__lt__(self, other)
    if r is NotImplemented:
        return r
    return not r and self != other


def _le_from_lt(self, other):
    r = type(self).__lt__(self, other)
    if r is NotImplemented:
        return r
    return r or self == other


def _ge_from_lt(self, other):
    r = type(self).__lt__(self, other)
    if r is NotImplemented:
        return r
    return not r


def _ge_from_le(self, other):
    r = type(self).__le__(self, other)
    if r is NotImplemented:
        return r
    return not r or self == other


def _lt_from_le(self, other):
    r = type(self).__le__(self, other)
    if r is NotImplemented:
        return r
    return r and self != other


def _gt_from_le(self, other):
    r = type(self).__le__(self, other)
    if r is NotImplemented:
        return r
    return not r


def _lt_from_gt(self, other):
    r = type(self).__gt__(self, other)
    if r is NotImplemented:
        return r
    return not r and self != other


def _ge_from_gt(self, other):
    r = type(self).__gt__(self, other)
    if r is NotImplemented:
        return r
    return r or self == other


def _le_from_gt(self, other):
    r = type(self).__gt__(self, other)
    if r is NotImplemented:
        return r
    return not r


def _le_from_ge(self, other):
    r = type(self).__ge__(self, other)
    if r is NotImplemented:
        return r
    return not r or self == other


def _gt_from_ge(self, other):
    r = type(self).__ge__(self, other)
    if r is NotImplemented:
        return r
    return r and self != other


def _lt_from_ge(self, other):
    r = type(self).__ge__(self, other)
    if r is NotImplemented:
        return r
    return not r


# For each possible root operation: the operations derived from it.
_ORDER_CONVERT = {
    '__lt__': (('__gt__', _gt_from_lt), ('__le__', _le_from_lt), ('__ge__', _ge_from_lt)),
    '__le__': (('__ge__', _ge_from_le), ('__lt__', _lt_from_le), ('__gt__', _gt_from_le)),
    '__gt__': (('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt), ('__le__', _le_from_gt)),
    '__ge__': (('__le__', _le_from_ge), ('__gt__', _gt_from_ge), ('__lt__', _lt_from_ge)),
}
# Preference order when several roots are defined.
_ORDER_PREFERENCE = ('__lt__', '__le__', '__gt__', '__ge__')


def _defines(cls, name):
    # True if `name` is defined by cls or a base other than object.
    mro = getattr(cls, '__mro__', None)
    if mro is not None:
        for klass in mro:
            if klass is object:
                return False
            d = getattr(klass, '__dict__', None)
            if d is not None and name in d:
                return True
        return False
    return getattr(cls, name, None) is not getattr(object, name, None)


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods"""
    roots = [op for op in _ORDER_PREFERENCE if _defines(cls, op)]
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = roots[0]
    for opname, opfunc in _ORDER_CONVERT[root]:
        if opname not in roots:
            try:
                opfunc.__name__ = opname    # as CPython does
            except (AttributeError, TypeError):
                pass
            setattr(cls, opname, opfunc)
    return cls


# ================================================================ cmp_to_key

def cmp_to_key(mycmp):
    """Convert a cmp= function into a key= function"""
    class K:
        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None

    return K


# ==================================================================== reduce

def reduce(function, sequence, initial=_MISSING):
    """reduce(function, iterable[, initial]) -> value

    Apply a function of two arguments cumulatively to the items of a sequence
    or iterable, from left to right, so as to reduce the iterable to a single
    value."""
    try:
        it = iter(sequence)
    except TypeError:
        it = None
    if it is None:
        raise TypeError('reduce() arg 2 must support iteration')
    if initial is _MISSING:
        value = _MISSING
        for value in it:
            break
        if value is _MISSING:
            raise TypeError('reduce() of empty iterable with no initial value')
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


# =================================================================== partial

class partial:
    """New function with partial application of the given arguments
    and keywords."""

    def __init__(*args, **keywords):
        if len(args) < 2:
            raise TypeError("type 'partial' takes at least one argument")
        self = args[0]
        func = args[1]
        args = args[2:]
        if not callable(func):
            raise TypeError('the first argument must be callable')
        if type(func) is partial:
            args = func.args + args
            merged = dict(func.keywords)
            merged.update(keywords)
            keywords = merged
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(*args, **keywords):
        self = args[0]
        if self.keywords:
            merged = dict(self.keywords)
            merged.update(keywords)
            keywords = merged
        return self.func(*(self.args + args[1:]), **keywords)

    def __repr__(self):
        if type(self) is partial:
            name = 'functools.partial'
        else:
            name = type(self).__name__
        parts = [repr(self.func)]
        for a in self.args:
            parts.append(repr(a))
        for k, v in self.keywords.items():
            parts.append('%s=%r' % (k, v))
        return '%s(%s)' % (name, ', '.join(parts))


# ================================================================= lru_cache

_CacheInfo = _namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'],
                         module='functools')

_KWD_MARK = object()


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key = list(args)
        key.append(_KWD_MARK)
        for k, v in kwds.items():
            key.append(k)
            key.append(v)
        if typed:
            for v in args:
                key.append(type(v))
            for v in kwds.values():
                key.append(type(v))
        return tuple(key)
    if typed:
        key = list(args)
        for v in args:
            key.append(type(v))
        return tuple(key)
    return key


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator.

    Usable as @lru_cache, @lru_cache() and @lru_cache(maxsize=None)."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function = maxsize
        return _lru_cache_wrapper(user_function, 128, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _lru_cache_wrapper(user_function, maxsize, typed)

    return decorating_function


def cache(user_function):
    """Simple lightweight unbounded cache.  Sometimes called "memoize"."""
    return _lru_cache_wrapper(user_function, None, False)


def _lru_cache_wrapper(user_function, maxsize, typed):
    cache = {}
    hits = 0
    misses = 0

    if maxsize == 0:
        def wrapper(*args, **kwds):
            nonlocal misses
            misses += 1
            return user_function(*args, **kwds)

    elif maxsize is None:
        def wrapper(*args, **kwds):
            nonlocal hits, misses
            if kwds or typed:
                key = _make_key(args, kwds, typed)
            elif len(args) == 1 and (type(args[0]) is int or type(args[0]) is str):
                # like CPython, a lone int/str argument is its own key (so
                # f(1) and f(1.0) are cached separately)
                key = args[0]
            else:
                key = args
            result = cache.get(key, _MISSING)
            if result is not _MISSING:
                hits += 1
                return result
            misses += 1
            result = user_function(*args, **kwds)
            cache[key] = result
            return result

    else:
        # Circular doubly linked list of [prev, next, key, result] cells in
        # recency order; `root` is a sentinel cell, root[1] the oldest entry.
        root = [None, None, None, None]
        root[0] = root
        root[1] = root

        def wrapper(*args, **kwds):
            nonlocal hits, misses, root
            if kwds or typed:
                key = _make_key(args, kwds, typed)
            elif len(args) == 1 and (type(args[0]) is int or type(args[0]) is str):
                # like CPython, a lone int/str argument is its own key (so
                # f(1) and f(1.0) are cached separately)
                key = args[0]
            else:
                key = args
            link = cache.get(key)
            if link is not None:
                # unlink, then relink just before root (most recent)
                prev = link[0]
                nxt = link[1]
                prev[1] = nxt
                nxt[0] = prev
                last = root[0]
                last[1] = link
                root[0] = link
                link[0] = last
                link[1] = root
                hits += 1
                return link[3]
            misses += 1
            result = user_function(*args, **kwds)
            if key in cache:
                # a recursive call already cached this key
                return result
            if len(cache) >= maxsize:
                # reuse the old root as the new cell, the oldest cell
                # becomes the new root
                old_root = root
                old_root[2] = key
                old_root[3] = result
                root = old_root[1]
                old_key = root[2]
                root[2] = None
                root[3] = None
                del cache[old_key]
                cache[key] = old_root
            else:
                last = root[0]
                link = [last, root, key, result]
                last[1] = link
                root[0] = link
                cache[key] = link
            return result

    def cache_info():
        """Report cache statistics"""
        return _CacheInfo(hits, misses, maxsize, len(cache))

    def cache_clear():
        """Clear the cache and cache statistics"""
        nonlocal hits, misses, root
        cache.clear()
        hits = 0
        misses = 0
        if maxsize is not None and maxsize > 0:
            root = [None, None, None, None]
            root[0] = root
            root[1] = root

    def cache_parameters():
        return {'maxsize': maxsize, 'typed': typed}

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = cache_parameters
    return update_wrapper(wrapper, user_function)


# =========================================================== cached_property

class cached_property:
    """Turns a method into a property computed once per instance and then
    stored in the instance's __dict__."""

    def __init__(self, func):
        self.func = func
        # Normally set by __set_name__; default to the function's name.
        self.attrname = getattr(func, '__name__', None)
        self.__doc__ = getattr(func, '__doc__', None)

    def __set_name__(self, owner, name):
        self.attrname = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError('Cannot use cached_property instance without '
                            'calling __set_name__ on it.')
        cache = instance.__dict__
        val = cache.get(name, _MISSING)
        if val is _MISSING:
            val = self.func(instance)
            cache[name] = val
        return val
