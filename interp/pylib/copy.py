"""Generic (shallow and deep) copying operations (pure-Python version for
pyjit).

    x = copy.copy(y)        # make a shallow copy of y
    x = copy.deepcopy(y)    # make a deep copy of y

Classes can customise copying with __copy__(self) and __deepcopy__(self,
memo), or with __reduce_ex__/__reduce__, __getstate__/__setstate__ and
__getnewargs__ the way CPython's copy module honours them.
"""

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error

# Built-in types whose instances are never copied (shallow or deep).
_ATOMIC = {int, float, bool, str, type(None), type}
# The same, by type name, for types pyjit might not expose as builtins.
_ATOMIC_NAMES = frozenset([
    'NoneType', 'ellipsis', 'NotImplementedType', 'complex', 'bytes',
    'function', 'builtin_function_or_method', 'code', 'property', 'range',
    'weakref', 'method_descriptor', 'wrapper_descriptor', 'module'])
# Shallow copy additionally shares these immutable containers.
_SHALLOW_SHARED = {tuple, frozenset, range, slice}

# Classes that count as "builtin" when looking for user overrides of the
# reduction protocol.
_BUILTIN_BASES = (object, list, dict, set, frozenset, tuple, int, float, str,
                  bool)


def _is_atomic(cls, x):
    if cls in _ATOMIC:
        return True
    if cls.__name__ in _ATOMIC_NAMES:
        return True
    return isinstance(x, type)


def _user_defines(cls, name):
    # Is `name` defined by a class in cls's MRO other than the builtins?
    mro = getattr(cls, '__mro__', None)
    if mro is None:
        mro = (cls,)
    for klass in mro:
        if klass in _BUILTIN_BASES:
            continue
        d = getattr(klass, '__dict__', None)
        if d is not None and name in d:
            return True
    return False


# ------------------------------------------------------------------- copy

def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _SHALLOW_SHARED or _is_atomic(cls, x):
        return x
    if cls is list:
        return x[:]
    if cls is dict:
        return x.copy()
    if cls is set:
        return x.copy()
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


# --------------------------------------------------------------- deepcopy

from _collections import deque as _deque


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y

    cls = type(x)
    if _is_atomic(cls, x):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is tuple:
        y = _deepcopy_tuple(x, memo, d)
    elif cls is set:
        y = set([deepcopy(a, memo) for a in x])
    elif cls is frozenset:
        y = frozenset([deepcopy(a, memo) for a in x])
    elif cls is _deque:
        y = _deque(maxlen=x.maxlen)
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls.__name__ == 'method' and hasattr(x, '__self__') and hasattr(x, '__func__'):
        y = getattr(deepcopy(x.__self__, memo), x.__func__.__name__)
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)

    # If x is its own copy, don't memoize.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_tuple(x, memo, d):
    y = [deepcopy(a, memo) for a in x]
    # The tuple may have been copied already through a recursive reference.
    try:
        return memo[d]
    except KeyError:
        pass
    for i in range(len(x)):
        if x[i] is not y[i]:
            return tuple(y)
    return x


def _keep_alive(x, memo):
    """Keep a reference to x in memo so that its id() is not reused while the
    memo is alive (copies of temporaries would otherwise be confused)."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


# ------------------------------------------------------ reduction protocol

def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _reduce(x):
    cls = type(x)
    if _user_defines(cls, '__reduce_ex__'):
        rv = x.__reduce_ex__(4)
    elif _user_defines(cls, '__reduce__'):
        rv = x.__reduce__()
    else:
        rv = _default_reduce(x, cls)
    if isinstance(rv, str):
        return rv
    if not isinstance(rv, tuple):
        raise Error('__reduce__ must return a string or tuple')
    return rv


def _default_reduce(x, cls):
    # What object.__reduce_ex__(4) produces: a __newobj__ call, the instance
    # state, and the list items / dict items of list and dict subclasses.
    if isinstance(x, (set, frozenset)):
        return (cls, (list(x),), _get_state(x, cls))
    getnewargs = getattr(x, '__getnewargs__', None) if _user_defines(cls, '__getnewargs__') else None
    if getnewargs is not None:
        args = getnewargs()
        if not isinstance(args, tuple):
            raise TypeError('__getnewargs__ should return a tuple, not %r'
                            % type(args).__name__)
    elif isinstance(x, tuple):
        args = (tuple(x),)
    elif isinstance(x, bool):
        args = (bool(x),)
    elif isinstance(x, int):
        args = (int(x),)
    elif isinstance(x, float):
        args = (float(x),)
    elif isinstance(x, str):
        args = (str(x),)
    else:
        args = ()
    if cls.__name__ in ('generator', 'coroutine', 'frame', 'list_iterator',
                        'tuple_iterator', 'dict_keyiterator'):
        raise TypeError("cannot pickle '%s' object" % cls.__name__)
    state = _get_state(x, cls)
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(list(x.items())) if isinstance(x, dict) else None
    return (_newobj, (cls,) + args, state, listitems, dictitems)


def _slot_names(cls):
    names = []
    mro = getattr(cls, '__mro__', None) or (cls,)
    for klass in mro:
        d = getattr(klass, '__dict__', None)
        if d is None or '__slots__' not in d:
            continue
        slots = d['__slots__']
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = '_%s%s' % (klass.__name__.lstrip('_'), name)
            names.append(name)
    return names


def _get_state(x, cls):
    if _user_defines(cls, '__getstate__'):
        return x.__getstate__()
    state = getattr(x, '__dict__', None)
    if not state:
        state = None
    slots = _slot_names(cls)
    if slots:
        slotstate = {}
        for name in slots:
            value = getattr(x, name, _MISSING)
            if value is not _MISSING:
                slotstate[name] = value
        if slotstate:
            return (state, slotstate)
    return state


_MISSING = object()


def _reconstruct(x, memo, func, args,
                 state=None, listiter=None, dictiter=None, *extra):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        setstate = getattr(y, '__setstate__', None)
        if setstate is not None:
            setstate(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)

    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
                y[key] = value
        else:
            for key, value in dictiter:
                y[key] = value
    return y
