"""Efficient-looking arrays of numeric values (pure-Python version for pyjit).

The items are kept in an ordinary Python list; every store is validated and
converted the way CPython's array module does it (integer ranges per
typecode with CPython's error messages, 'f' values rounded to the nearest
float32).  The machine representation used by tobytes/frombytes/byteswap is
little-endian (x86-64 / AArch64 Linux: 'l'/'L' are 8 bytes, 'u' is UTF-32).
tofile/fromfile are not provided.
"""

import math as _math
import sys as _sys

__all__ = ['array', 'ArrayType', 'typecodes']

typecodes = 'bBuhHiIlLqQfd'

_ITEMSIZE = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4,
             'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'f': 4, 'd': 8}

_LONG = 'Python int too large to convert to C long'
_ULONG = 'Python int too large to convert to C unsigned long'
_NEG_UINT = "can't convert negative value to unsigned int"
_SHORT_LO = 'signed short integer is less than minimum'
_SHORT_HI = 'signed short integer is greater than maximum'
_INT_LO = 'signed integer is less than minimum'
_INT_HI = 'signed integer is greater than maximum'

# For each integer typecode: the range checks CPython applies, in order, as
# (low, high, message if below low, message if above high).  Reproduces the
# layered conversions of the C code (e.g. 'b' is first parsed as a C long,
# then as a short, then checked against the signed char range).
_INT_CHECKS = {
    'b': ((-2**63, 2**63 - 1, _LONG, _LONG),
          (-2**15, 2**15 - 1, _SHORT_LO, _SHORT_HI),
          (-128, 127, 'signed char is less than minimum',
           'signed char is greater than maximum')),
    'B': ((-2**63, 2**63 - 1, _LONG, _LONG),
          (0, 255, 'unsigned byte integer is less than minimum',
           'unsigned byte integer is greater than maximum')),
    'h': ((-2**63, 2**63 - 1, _LONG, _LONG),
          (-2**15, 2**15 - 1, _SHORT_LO, _SHORT_HI)),
    'H': ((-2**63, 2**63 - 1, _LONG, _LONG),
          (-2**31, 2**31 - 1, _INT_LO, _INT_HI),
          (0, 65535, 'unsigned short is less than minimum',
           'unsigned short is greater than maximum')),
    'i': ((-2**63, 2**63 - 1, _LONG, _LONG),
          (-2**31, 2**31 - 1, _INT_LO, _INT_HI)),
    'I': ((0, 2**64 - 1, _NEG_UINT, _ULONG),
          (0, 2**32 - 1, _NEG_UINT, 'unsigned int is greater than maximum')),
    'l': ((-2**63, 2**63 - 1, _LONG, _LONG),),
    'L': ((0, 2**64 - 1, _NEG_UINT, _ULONG),),
    'q': ((-2**63, 2**63 - 1, 'int too big to convert', 'int too big to convert'),),
    'Q': ((0, 2**64 - 1, "can't convert negative int to unsigned",
           'int too big to convert'),),
}

_INF = float('inf')
_NAN = float('nan')
_FLT_MANT = 2 ** 24

try:
    _BYTES_TYPES = (bytes, bytearray)
except NameError:       # an interpreter without a bytes type
    _BYTES_TYPES = ()


def _round_f32(x):
    """Round a Python float to the nearest IEEE single-precision value
    (round-half-even, overflow to infinity), as a C (float) cast does."""
    if x != x or x == 0.0 or x == _INF or x == -_INF:
        return x
    m, e = _math.frexp(x)          # x == m * 2**e, 0.5 <= |m| < 1
    if e < -125:
        # float32 subnormal range: multiples of 2**-149
        r = round(_math.ldexp(x, 149))
        return _math.ldexp(float(r), -149) if r else (0.0 if x > 0 else -0.0)
    mant = round(m * _FLT_MANT)    # exact scaling, then round half-even
    if e > 128 or (e == 128 and (mant == _FLT_MANT or mant == -_FLT_MANT)):
        return _INF if x > 0 else -_INF
    return _math.ldexp(float(mant), e - 24)


def _int_item(typecode, v):
    if type(v) is not int:
        if isinstance(v, int):
            v = int(v)
        else:
            meth = getattr(type(v), '__index__', None)
            if meth is None:
                raise TypeError("'%s' object cannot be interpreted as an integer"
                                % type(v).__name__)
            v = meth(v)
    for lo, hi, lo_msg, hi_msg in _INT_CHECKS[typecode]:
        if v < lo:
            raise OverflowError(lo_msg)
        if v > hi:
            raise OverflowError(hi_msg)
    return v


def _float_item(v):
    if type(v) is float:
        return v
    if isinstance(v, (int, float)):
        return float(v)
    meth = getattr(type(v), '__float__', None)
    if meth is not None:
        return meth(v)
    meth = getattr(type(v), '__index__', None)
    if meth is not None:
        return float(meth(v))
    raise TypeError('must be real number, not %s' % type(v).__name__)


def _convert(typecode, v):
    if typecode == 'd':
        return _float_item(v)
    if typecode == 'f':
        return _round_f32(_float_item(v))
    if typecode == 'u':
        if not isinstance(v, str) or len(v) != 1:
            raise TypeError('array item must be unicode character')
        return v
    return _int_item(typecode, v)


def _convert_all(typecode, values):
    return [_convert(typecode, v) for v in values]


# ------------------------------------------------------ machine representation

def _encode_ieee(x, ebits, mbits):
    # bits of the IEEE-754 binary format with ebits exponent / mbits
    # fraction bits; x must already be exactly representable.
    bias = (1 << (ebits - 1)) - 1
    top = ebits + mbits
    sign = 1 if _math.copysign(1.0, x) < 0 else 0
    emax = (1 << ebits) - 1
    if x != x:
        return (sign << top) | (emax << mbits) | (1 << (mbits - 1))
    if sign:
        x = -x
    if x == _INF:
        return (sign << top) | (emax << mbits)
    if x == 0.0:
        return sign << top
    m, e = _math.frexp(x)
    be = e - 1 + bias
    if be <= 0:
        be = 0
        mant = int(_math.ldexp(x, bias - 1 + mbits))
    else:
        mant = int(_math.ldexp(m, mbits + 1)) - (1 << mbits)
    return (sign << top) | (be << mbits) | mant


def _decode_ieee(n, ebits, mbits):
    bias = (1 << (ebits - 1)) - 1
    sign = n >> (ebits + mbits)
    be = (n >> mbits) & ((1 << ebits) - 1)
    mant = n & ((1 << mbits) - 1)
    if be == (1 << ebits) - 1:
        v = _NAN if mant else _INF
    elif be == 0:
        v = _math.ldexp(float(mant), 1 - bias - mbits)
    else:
        v = _math.ldexp(float(mant | (1 << mbits)), be - bias - mbits)
    return -v if sign else v


def _item_to_bytes(typecode, v, out):
    size = _ITEMSIZE[typecode]
    if typecode == 'd':
        n = _encode_ieee(v, 11, 52)
    elif typecode == 'f':
        n = _encode_ieee(v, 8, 23)
    elif typecode == 'u':
        n = ord(v)
    else:
        n = v & ((1 << (8 * size)) - 1)
    for k in range(size):
        out.append((n >> (8 * k)) & 0xFF)


def _item_from_bytes(typecode, raw, start):
    size = _ITEMSIZE[typecode]
    n = 0
    for k in range(start + size - 1, start - 1, -1):
        n = (n << 8) | raw[k]
    if typecode == 'd':
        return _decode_ieee(n, 11, 52)
    if typecode == 'f':
        return _decode_ieee(n, 8, 23)
    if typecode == 'u':
        return chr(n)
    if typecode in 'bhilq' and n >= 1 << (8 * size - 1):
        n -= 1 << (8 * size)
    return n


def _items_from_bytes(typecode, raw):
    raw = list(raw)
    size = _ITEMSIZE[typecode]
    if len(raw) % size:
        raise ValueError('bytes length not a multiple of item size')
    return [_item_from_bytes(typecode, raw, i) for i in range(0, len(raw), size)]


class array:
    """array(typecode [, initializer]) -> array

    Return a new array whose items are restricted by typecode, and
    initialized from the optional initializer value, which must be a list,
    string or iterable over elements of the appropriate type."""

    def __init__(self, typecode, initializer=None):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError('array() argument 1 must be a unicode character, not %s'
                            % type(typecode).__name__)
        if typecode not in _ITEMSIZE:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, '
                             'q, Q, f or d)')
        self._tc = typecode
        self._data = []
        if initializer is None:
            return
        if _BYTES_TYPES and isinstance(initializer, _BYTES_TYPES):
            self.frombytes(initializer)
            return
        if isinstance(initializer, str):
            if typecode != 'u':
                raise TypeError('cannot use a str to initialize an array with '
                                "typecode '%s'" % typecode)
            self._data.extend(initializer)
            return
        if isinstance(initializer, array):
            if initializer._tc == 'u' and typecode != 'u':
                raise TypeError('cannot use a unicode array to initialize an '
                                "array with typecode '%s'" % typecode)
            if initializer._tc == typecode:
                self._data.extend(initializer._data)
                return
        self._data.extend(_convert_all(typecode, initializer))

    # -- attributes --

    @property
    def typecode(self):
        """the typecode character used to create the array"""
        return self._tc

    @property
    def itemsize(self):
        """the size, in bytes, of one array item"""
        return _ITEMSIZE[self._tc]

    # -- list-like methods --

    def append(self, v):
        """Append new value v to the end of the array."""
        self._data.append(_convert(self._tc, v))

    def extend(self, iterable):
        """Append items to the end of the array."""
        if isinstance(iterable, array):
            if iterable._tc != self._tc:
                raise TypeError('can only extend with array of same kind')
            self._data.extend(list(iterable._data))
            return
        tc = self._tc
        data = self._data
        for v in iterable:
            data.append(_convert(tc, v))

    def fromlist(self, lst):
        """Append items to array from list."""
        if not isinstance(lst, list):
            raise TypeError('arg must be list')
        self._data.extend(_convert_all(self._tc, lst))

    def tolist(self):
        """Convert array to an ordinary list with the same items."""
        return list(self._data)

    def fromunicode(self, s):
        """Extends this array with data from the unicode string s."""
        if not isinstance(s, str):
            raise TypeError('fromunicode() argument must be str, not %s'
                            % type(s).__name__)
        if self._tc != 'u':
            raise ValueError('fromunicode() may only be called on unicode type arrays')
        self._data.extend(s)

    def tounicode(self):
        """Extends this array with data from the unicode string ustr."""
        if self._tc != 'u':
            raise ValueError('tounicode() may only be called on unicode type arrays')
        return ''.join(self._data)

    def tobytes(self):
        """Convert the array to an array of machine values and return the
        bytes representation."""
        out = []
        tc = self._tc
        for v in self._data:
            _item_to_bytes(tc, v, out)
        return bytes(out)

    def frombytes(self, buffer):
        """Appends items from the string, interpreting it as an array of
        machine values, as if it had been read from a file using the
        fromfile() method."""
        if isinstance(buffer, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        self._data.extend(_items_from_bytes(self._tc, buffer))

    def byteswap(self):
        """Byteswap all items of the array."""
        tc = self._tc
        data = self._data
        for i in range(len(data)):
            raw = []
            _item_to_bytes(tc, data[i], raw)
            raw.reverse()
            data[i] = _item_from_bytes(tc, raw, 0)

    def buffer_info(self):
        """Return a tuple (address, length) giving an identifier of the
        storage and the number of items in it."""
        return (id(self._data), len(self._data))

    def insert(self, i, v):
        """Insert a new item v into the array before position i."""
        v = _convert(self._tc, v)
        self._data.insert(_index(i), v)

    def pop(self, i=-1):
        """Return the i-th element and delete it from the array."""
        data = self._data
        if not data:
            raise IndexError('pop from empty array')
        i = _index(i)
        n = len(data)
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError('pop index out of range')
        return data.pop(i)

    def index(self, v, start=0, stop=_sys.maxsize):
        """Return index of first occurrence of v in the array."""
        data = self._data
        n = len(data)
        start = _index(start)
        stop = _index(stop)
        if start < 0:
            start += n
            if start < 0:
                start = 0
        if stop < 0:
            stop += n
            if stop < 0:
                stop = 0
        if v == v:
            i = start
            while i < stop and i < n:
                if data[i] == v:
                    return i
                i += 1
        raise ValueError('array.index(x): x not in array')

    def count(self, v):
        """Return number of occurrences of v in the array."""
        if not v == v:
            return 0
        n = 0
        for x in self._data:
            if x == v:
                n += 1
        return n

    def remove(self, v):
        """Remove the first occurrence of v in the array."""
        if v == v:
            data = self._data
            for i in range(len(data)):
                if data[i] == v:
                    del data[i]
                    return
        raise ValueError('array.remove(x): x not in array')

    def reverse(self):
        """Reverse the order of the items in the array."""
        self._data.reverse()

    def __copy__(self):
        return self._new(list(self._data))

    def __deepcopy__(self, memo):
        return self._new(list(self._data))

    def _new(self, items):
        # a new array of the same typecode holding already-converted items
        result = array(self._tc)
        result._data.extend(items)
        return result

    # -- sequence protocol --

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def __reversed__(self):
        return reversed(self._data)

    def __contains__(self, v):
        if not v == v:
            return False
        for x in self._data:
            if x == v:
                return True
        return False

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self._new(self._data[index])
        i = _item_index(index)
        data = self._data
        if i < 0:
            i += len(data)
        if i < 0 or i >= len(data):
            raise IndexError('array index out of range')
        return data[i]

    def __setitem__(self, index, value):
        data = self._data
        if isinstance(index, slice):
            if not isinstance(value, array):
                raise TypeError('can only assign array (not "%s") to array slice'
                                % type(value).__name__)
            if value._tc != self._tc:
                raise TypeError('bad argument type for built-in operation')
            items = list(value._data)
            step = index.step
            if step is not None and step != 1:
                if not items:
                    # CPython deletes the slice when given an empty array
                    del data[index]
                    return
                size = len(data[index])
                if size != len(items):
                    raise ValueError('attempt to assign array of size %d to '
                                     'extended slice of size %d' % (len(items), size))
            data[index] = items
            return
        i = _item_index(index)
        if i < 0:
            i += len(data)
        if i < 0 or i >= len(data):
            raise IndexError('array assignment index out of range')
        data[i] = _convert(self._tc, value)

    def __delitem__(self, index):
        data = self._data
        if isinstance(index, slice):
            del data[index]
            return
        i = _item_index(index)
        if i < 0:
            i += len(data)
        if i < 0 or i >= len(data):
            raise IndexError('array assignment index out of range')
        del data[i]

    # -- operators --

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array'
                            % type(other).__name__)
        if other._tc != self._tc:
            raise TypeError('bad argument type for built-in operation')
        return self._new(self._data + other._data)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")'
                            % type(other).__name__)
        self.extend(other)
        return self

    def __mul__(self, n):
        n = _repeat_count(n)
        if n < 0:
            n = 0
        return self._new(self._data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        n = _repeat_count(n)
        if n <= 0:
            del self._data[:]
        else:
            self._data[:] = self._data * n
        return self

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._data == other._data

    def __ne__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._data != other._data

    def __lt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._data < other._data

    def __le__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._data <= other._data

    def __gt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._data > other._data

    def __ge__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._data >= other._data

    __hash__ = None

    def __repr__(self):
        name = type(self).__name__
        if not self._data:
            return "%s('%s')" % (name, self._tc)
        if self._tc == 'u':
            return "%s('u', %r)" % (name, ''.join(self._data))
        return "%s('%s', %r)" % (name, self._tc, self._data)

    def __reduce__(self):
        if self._tc == 'u':
            return (type(self), ('u', ''.join(self._data)))
        return (type(self), (self._tc, list(self._data)))


ArrayType = array


def _index(v):
    if isinstance(v, int):
        return v
    meth = getattr(type(v), '__index__', None)
    if meth is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(v).__name__)
    return meth(v)


def _item_index(v):
    if isinstance(v, int):
        return v
    meth = getattr(type(v), '__index__', None)
    if meth is None:
        raise TypeError('array indices must be integers')
    return meth(v)


def _repeat_count(n):
    if isinstance(n, int):
        return n
    meth = getattr(type(n), '__index__', None)
    if meth is None:
        raise TypeError("can't multiply sequence by non-int of type '%s'"
                        % type(n).__name__)
    return meth(n)
