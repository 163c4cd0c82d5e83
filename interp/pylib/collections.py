"""Container datatypes (pure-Python version for pyjit).

deque, defaultdict, OrderedDict, Counter, namedtuple and ChainMap.
"""

import sys as _sys

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'defaultdict', 'deque',
           'namedtuple']

# Ids of the objects whose repr is being computed right now (recursion guard
# for self-containing containers, like CPython's Py_ReprEnter).
_repr_running = set()


def _is_mapping(obj):
    if isinstance(obj, dict):
        return True
    return hasattr(obj, 'items') and hasattr(obj, 'keys') and hasattr(obj, '__getitem__')


def _user_state(obj, internal):
    # Instance attributes a user (subclass) put on obj, minus our own.
    d = getattr(obj, '__dict__', None)
    if not d:
        return None
    state = {}
    for k in d:
        if k not in internal:
            state[k] = d[k]
    return state or None


def _dict_body_repr(d):
    # repr of the dict part of a dict subclass, written out by hand so that a
    # recursion guard on the subclass itself produces CPython's "{...}".
    parts = []
    for k, v in dict.items(d):
        parts.append('%r: %r' % (k, v))
    return '{' + ', '.join(parts) + '}'


# deque is native (as CPython's is C).
from _collections import deque


class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory"""

    def __init__(self, *args, **kwargs):
        if args:
            factory = args[0]
            if factory is not None and not callable(factory):
                raise TypeError('first argument must be callable or None')
            args = args[1:]
        else:
            factory = None
        self.default_factory = factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        value = factory()
        self[key] = value
        return value

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            body = '{...}'
            factory = self.default_factory
            return '%s(%r, %s)' % (type(self).__name__, factory, body)
        _repr_running.add(key)
        try:
            factory = self.default_factory
            frepr = repr(factory)
            body = _dict_body_repr(self)
        finally:
            _repr_running.discard(key)
        return '%s(%s, %s)' % (type(self).__name__, frepr, body)

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        if self.default_factory is None:
            args = ()
        else:
            args = (self.default_factory,)
        return (type(self), args, None, None, iter(list(self.items())))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


# =============================================================== OrderedDict

class OrderedDict(dict):
    """Dictionary that remembers insertion order (dict already does; this adds
    order-sensitive equality, move_to_end and popitem(last=False))."""

    def move_to_end(self, key, last=True):
        """Move an existing element to the end (or beginning if last is false)."""
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
        else:
            rest = list(dict.items(self))
            dict.clear(self)
            dict.__setitem__(self, key, value)
            for k, v in rest:
                dict.__setitem__(self, k, v)

    def popitem(self, last=True):
        """Remove and return a (key, value) pair from the dictionary.
        Pairs are returned in LIFO order if last is true or FIFO order if false."""
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            return dict.popitem(self)
        for key in dict.keys(self):
            break
        value = dict.pop(self, key)
        return (key, value)

    def __reversed__(self):
        keys = list(dict.keys(self))
        keys.reverse()
        return iter(keys)

    def copy(self):
        """od.copy() -> a shallow copy of od"""
        return self.__class__(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """Create a new ordered dictionary with keys from iterable and values set to value."""
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            if not dict.__eq__(self, other):
                return False
            return list(dict.keys(self)) == list(dict.keys(other))
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def __repr__(self):
        name = self.__class__.__name__
        if not self:
            return '%s()' % (name,)
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            return '%s(%r)' % (name, list(dict.items(self)))
        finally:
            _repr_running.discard(key)

    def __reduce__(self):
        state = _user_state(self, ())
        return (self.__class__, (), state, None, iter(list(dict.items(self))))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


# =================================================================== Counter

def _count_of(item):
    return item[1]


class Counter(dict):
    """Dict subclass for counting hashable items (a multiset)."""

    def __init__(self, *args, **kwds):
        if len(args) > 1:
            raise TypeError('expected at most 1 argument, got %d' % len(args))
        dict.__init__(self)
        self.update(*args, **kwds)

    def __missing__(self, key):
        """The count of elements not in the Counter is zero."""
        return 0

    def total(self):
        """Sum of the counts"""
        return sum(self.values())

    def most_common(self, n=None):
        """List the n most common elements and their counts from the most
        common to the least.  If n is None, then list all element counts.
        Ties keep insertion order."""
        result = sorted(self.items(), key=_count_of, reverse=True)
        if n is None:
            return result
        if n <= 0:
            return []
        return result[:n]

    def elements(self):
        """Iterator over elements repeating each as many times as its count."""
        return _counter_elements(list(self.items()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, *args, **kwds):
        """Like dict.update() but add counts instead of replacing them."""
        if len(args) > 1:
            raise TypeError('expected at most 1 argument, got %d' % len(args))
        iterable = args[0] if args else None
        if iterable is not None:
            if _is_mapping(iterable):
                if self:
                    self_get = self.get
                    for elem, count in iterable.items():
                        self[elem] = count + self_get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                self_get = self.get
                for elem in iterable:
                    self[elem] = self_get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, *args, **kwds):
        """Like dict.update() but subtracts counts instead of replacing them."""
        if len(args) > 1:
            raise TypeError('expected at most 1 argument, got %d' % len(args))
        iterable = args[0] if args else None
        if iterable is not None:
            self_get = self.get
            if _is_mapping(iterable):
                for elem, count in iterable.items():
                    self[elem] = self_get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self_get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """Return a shallow copy."""
        return self.__class__(self)

    __copy__ = copy

    def __reduce__(self):
        return (self.__class__, (dict(self),))

    def __delitem__(self, elem):
        """Like dict.__delitem__() but does not raise KeyError for missing values."""
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        name = self.__class__.__name__
        if not self:
            return '%s()' % (name,)
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self)
        return '%s(%r)' % (name, d)

    # -- multiset comparisons (missing elements count as zero) --

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for c in (self, other):
            for e in c:
                if not self[e] == other[e]:
                    return False
        return True

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for c in (self, other):
            for e in c:
                if not self[e] <= other[e]:
                    return False
        return True

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for c in (self, other):
            for e in c:
                if not self[e] >= other[e]:
                    return False
        return True

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    # -- multiset arithmetic: results keep only positive counts --

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        nonpositive = [elem for elem, count in self.items() if not count > 0]
        for elem in nonpositive:
            dict.__delitem__(self, elem)
        return self

    def __iadd__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for elem, count in list(self.items()):
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


def _counter_elements(items):
    for elem, count in items:
        for _ in range(count):
            yield elem


# ================================================================ namedtuple

_KEYWORDS = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await',
    'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except',
    'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is',
    'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try',
    'while', 'with', 'yield'])


def _field_property(index):
    # Read-only field accessor.  CPython uses a C descriptor; a property
    # whose setter/deleter raise gives the same behaviour and messages.
    def getter(self):
        return self[index]

    def setter(self, value):
        raise AttributeError("can't set attribute")

    def deleter(self):
        raise AttributeError("can't delete attribute")

    try:
        getter.__doc__ = 'Alias for field number %d' % index
    except (AttributeError, TypeError):
        pass
    return property(getter, setter, deleter)


def _plural_list(names):
    # 'x'  /  'x' and 'y'  /  'x', 'y', and 'z'   (CPython's wording)
    quoted = ["'%s'" % n for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return quoted[0] + ' and ' + quoted[1]
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


def _bind_fields(qualname, fields, defaults, args, kwargs):
    # Emulates the argument binding of `def __new__(_cls, f1, f2=d, ...)`,
    # including CPython's error messages.
    nfields = len(fields)
    ndefaults = len(defaults)
    nargs = len(args)
    values = list(args[:nfields])
    values.extend([_UNSET] * (nfields - len(values)))
    if kwargs:
        for name in kwargs:
            try:
                pos = fields.index(name)
            except ValueError:
                raise TypeError('%s() got an unexpected keyword argument %r'
                                % (qualname, name))
            if values[pos] is not _UNSET:
                raise TypeError('%s() got multiple values for argument %r'
                                % (qualname, name))
            values[pos] = kwargs[name]
    if nargs > nfields:
        if ndefaults:
            raise TypeError('%s() takes from %d to %d positional arguments but %d were given'
                            % (qualname, nfields - ndefaults + 1, nfields + 1, nargs + 1))
        raise TypeError('%s() takes %d positional argument%s but %d %s given'
                        % (qualname, nfields + 1, '' if nfields == 0 else 's',
                           nargs + 1, 'was' if nargs == 0 else 'were'))
    nrequired = nfields - ndefaults
    missing = []
    for i in range(nfields):
        if values[i] is _UNSET:
            if i >= nrequired:
                values[i] = defaults[i - nrequired]
            else:
                missing.append(fields[i])
    if missing:
        raise TypeError('%s() missing %d required positional argument%s: %s'
                        % (qualname, len(missing), '' if len(missing) == 1 else 's',
                           _plural_list(missing)))
    return values


_UNSET = object()


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = [str(name) for name in field_names]
    typename = str(typename)

    if rename:
        seen = set()
        for index in range(len(field_names)):
            name = field_names[index]
            if (not name.isidentifier() or name in _KEYWORDS
                    or name.startswith('_') or name in seen):
                field_names[index] = '_%d' % index
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             'identifiers: %r' % (name,))
        if name in _KEYWORDS:
            raise ValueError('Type names and field names cannot be a '
                             'keyword: %r' % (name,))

    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: %r'
                             % (name,))
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % (name,))
        seen.add(name)

    field_defaults = {}
    default_values = ()
    if defaults is not None:
        default_values = tuple(defaults)
        if len(default_values) > len(field_names):
            raise TypeError('Got more default values than field names')
        start = len(field_names) - len(default_values)
        for i in range(len(default_values)):
            field_defaults[field_names[start + i]] = default_values[i]

    fields = tuple(field_names)
    nfields = len(fields)
    qualname = typename + '.__new__'
    _tuple_new = tuple.__new__

    def __new__(_cls, *args, **kwargs):
        if not kwargs and len(args) == nfields:
            return _tuple_new(_cls, args)
        return _tuple_new(_cls, _bind_fields(qualname, fields, default_values,
                                             args, kwargs))

    def _make(cls, iterable):
        result = _tuple_new(cls, iterable)
        if len(result) != nfields:
            raise TypeError('Expected %d arguments, got %d' % (nfields, len(result)))
        return result

    def _replace(self, **kwds):
        values = []
        for i in range(nfields):
            name = fields[i]
            if name in kwds:
                values.append(kwds.pop(name))
            else:
                values.append(self[i])
        if kwds:
            raise ValueError('Got unexpected field names: %r' % (list(kwds),))
        return self._make(values)

    def __repr__(self):
        parts = []
        for i in range(nfields):
            parts.append('%s=%r' % (fields[i], self[i]))
        return self.__class__.__name__ + '(' + ', '.join(parts) + ')'

    def _asdict(self):
        """Return a new dict which maps field names to their values."""
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        """Return self as a plain tuple.  Used by copy and pickle."""
        return tuple(self)

    namespace = {
        '__doc__': '%s(%s)' % (typename, ', '.join(fields)),
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': classmethod(_make),
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': fields,
        '__qualname__': typename,
        # CPython uses the caller's module (found via sys._getframe); pyjit
        # has no frames to inspect, so default to the main script.
        '__module__': '__main__' if module is None else module,
    }
    for index in range(nfields):
        namespace[fields[index]] = _field_property(index)
    return type(typename, (tuple,), namespace)


# ================================================================== ChainMap

class ChainMap:
    """A ChainMap groups multiple dicts (or other mappings) together to create
    a single, updateable view.  Lookups search the mappings in order; writes
    and deletions only touch the first mapping."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(self._merged_keys())

    def _merged_keys(self):
        d = {}
        for mapping in reversed(self.maps):
            for k in mapping:
                d[k] = None
        return d

    def __iter__(self):
        return iter(self._merged_keys())

    def __contains__(self, key):
        for m in self.maps:
            if key in m:
                return True
        return False

    def __bool__(self):
        for m in self.maps:
            if m:
                return True
        return False

    def keys(self):
        return list(self._merged_keys())

    def items(self):
        return [(k, self[k]) for k in self._merged_keys()]

    def values(self):
        return [self[k] for k in self._merged_keys()]

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            return '%s(%s)' % (self.__class__.__name__,
                               ', '.join([repr(m) for m in self.maps]))
        finally:
            _repr_running.discard(key)

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        """New ChainMap or subclass with a new copy of maps[0] and refs to maps[1:]"""
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """New ChainMap with a new map followed by all previous maps."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        """New ChainMap from maps[1:]."""
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r' % (key,))

    def popitem(self):
        """Remove and return an item pair from maps[0]."""
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        """Remove *key* from maps[0] and return its value."""
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r' % (key,))

    def clear(self):
        """Clear maps[0], leaving maps[1:] intact."""
        self.maps[0].clear()

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def update(self, *args, **kwargs):
        first = self.maps[0]
        for other in args:
            if _is_mapping(other):
                for k in other.keys():
                    first[k] = other[k]
            else:
                for k, v in other:
                    first[k] = v
        for k in kwargs:
            first[k] = kwargs[k]

    def __eq__(self, other):
        if not _is_mapping(other) and not isinstance(other, ChainMap):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __hash__ = None

    def __or__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ior__(self, other):
        self.maps[0].update(other)
        return self
