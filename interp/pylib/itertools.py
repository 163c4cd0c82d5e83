"""Functional tools for creating and using iterators (pure-Python version for pyjit).

Every function validates its arguments and takes iter() of its inputs when it is
called, like CPython's C implementation, and then hands back a generator (or,
for count/repeat/chain/groupby/tee, an instance of a small iterator class).
"""

import sys as _sys

_MAXSIZE = _sys.maxsize


def _is_number(x):
    if isinstance(x, (int, float)):
        return True
    return (hasattr(x, '__index__') or hasattr(x, '__int__')
            or hasattr(x, '__float__') or hasattr(x, '__complex__'))


def _as_index(x):
    # Like operator.index(): ints pass through, other objects need __index__.
    if isinstance(x, int):
        return x
    meth = getattr(type(x), '__index__', None)
    if meth is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(x).__name__)
    return meth(x)


# ---------------------------------------------------------------- infinite

class count:
    """count(start=0, step=1) --> start, start+step, start+2*step, ..."""

    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        self._cnt = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._cnt
        self._cnt = value + self._step
        return value

    def __repr__(self):
        step = self._step
        if isinstance(step, int) and step == 1:
            return '%s(%r)' % (type(self).__name__, self._cnt)
        return '%s(%r, %r)' % (type(self).__name__, self._cnt, step)


def cycle(iterable):
    """cycle(p) --> p0, p1, ... plast, p0, p1, ..."""
    return _cycle_gen(iter(iterable))


def _cycle_gen(it):
    saved = []
    for element in it:
        yield element
        saved.append(element)
    if not saved:
        return
    while True:
        for element in saved:
            yield element


_FOREVER = object()


class repeat:
    """repeat(object [,times]) -> object, object, ... (endlessly or times times)"""

    def __init__(self, object, times=_FOREVER):
        self._obj = object
        if times is _FOREVER:
            self._cnt = -1
        else:
            times = _as_index(times)
            self._cnt = times if times > 0 else 0

    def __iter__(self):
        return self

    def __next__(self):
        cnt = self._cnt
        if cnt == 0:
            raise StopIteration
        if cnt > 0:
            self._cnt = cnt - 1
        return self._obj

    def __length_hint__(self):
        if self._cnt < 0:
            raise TypeError("len() of unsized object")
        return self._cnt

    def __repr__(self):
        if self._cnt < 0:
            return '%s(%r)' % (type(self).__name__, self._obj)
        return '%s(%r, %d)' % (type(self).__name__, self._obj, self._cnt)


# ------------------------------------------------------------- terminating

class chain:
    """chain(*iterables) --> elements of each iterable in turn."""

    def __init__(self, *iterables):
        self._source = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable):
        self = cls()
        self._source = iter(iterable)
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            active = self._active
            if active is None:
                source = self._source
                if source is None:
                    raise StopIteration
                try:
                    nxt = next(source)
                except StopIteration:
                    self._source = None
                    raise
                self._active = iter(nxt)
                continue
            try:
                return next(active)
            except StopIteration:
                self._active = None


def accumulate(iterable, func=None, *, initial=None):
    """Return series of accumulated sums (or other binary function results)."""
    return _accumulate_gen(iter(iterable), func, initial)


def _accumulate_gen(it, func, initial):
    total = initial
    if initial is None:
        for total in it:
            break
        else:
            return
    yield total
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total


def compress(data, selectors):
    """compress('ABCDEF', [1,0,1,0,1,1]) --> A C E F"""
    return _compress_gen(iter(data), iter(selectors))


def _compress_gen(data, selectors):
    for d in data:
        for s in selectors:
            break
        else:
            return
        if s:
            yield d


def dropwhile(predicate, iterable):
    """Drop items from the iterable while predicate(item) is true."""
    return _dropwhile_gen(predicate, iter(iterable))


def _dropwhile_gen(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    yield from it


def filterfalse(function, iterable):
    """Return those items of iterable for which function(item) is false."""
    return _filterfalse_gen(function, iter(iterable))


def _filterfalse_gen(function, it):
    if function is None:
        for x in it:
            if not x:
                yield x
    else:
        for x in it:
            if not function(x):
                yield x


class _grouper:
    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __iter__(self):
        return self

    def __next__(self):
        gb = self._parent
        if gb._currgrouper is not self:
            raise StopIteration
        if gb._currvalue is _MARKER:
            gb._step()
        tgt = self._tgtkey
        cur = gb._currkey
        if not (tgt is cur or tgt == cur):
            raise StopIteration
        value = gb._currvalue
        gb._currvalue = _MARKER
        return value


_MARKER = object()


class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable"""

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = _MARKER
        self._currkey = _MARKER
        self._currvalue = _MARKER
        self._currgrouper = None

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        keyfunc = self._keyfunc
        key = value if keyfunc is None else keyfunc(value)
        self._currvalue = value
        self._currkey = key

    def __next__(self):
        self._currgrouper = None
        while True:
            cur = self._currkey
            if cur is _MARKER:
                pass
            elif self._tgtkey is _MARKER:
                break
            else:
                tgt = self._tgtkey
                if not (tgt is cur or tgt == cur):
                    break
            self._step()
        self._tgtkey = self._currkey
        grouper = _grouper(self, self._tgtkey)
        self._currgrouper = grouper
        return (self._currkey, grouper)


def islice(iterable, *args):
    """islice(iterable, stop) / islice(iterable, start, stop[, step])"""
    nargs = len(args)
    if nargs == 0:
        raise TypeError('islice expected at least 2 arguments, got 1')
    if nargs > 3:
        raise TypeError('islice expected at most 4 arguments, got %d' % (nargs + 1))
    start = 0
    step = 1
    if nargs == 1:
        stop = _islice_arg(args[0], True)
    else:
        start_arg = args[0]
        stop = _islice_arg(args[1], True)
        step_arg = args[2] if nargs == 3 else None
        if start_arg is not None:
            start = _islice_arg(start_arg, False)
        if step_arg is not None:
            try:
                step = _as_index(step_arg)
            except TypeError:
                step = -1
            if step < 1:
                raise ValueError('Step for islice() must be a positive integer or None.')
    return _islice_gen(iter(iterable), start, stop, step)


def _islice_arg(value, is_stop):
    if is_stop and value is None:
        return -1
    try:
        value = _as_index(value)
    except TypeError:
        value = -1
    if value < 0 or value > _MAXSIZE:
        if is_stop:
            raise ValueError('Stop argument for islice() must be None or an '
                             'integer: 0 <= x <= sys.maxsize.')
        raise ValueError('Indices for islice() must be None or an integer: '
                         '0 <= x <= sys.maxsize.')
    return value


def _islice_gen(it, start, stop, step):
    # Mirrors CPython's consumption pattern exactly: never pulls more items
    # from the underlying iterator than `stop` when a stop is given.
    cnt = 0
    nxt = start
    while True:
        while cnt < nxt:
            try:
                next(it)
            except StopIteration:
                return
            cnt += 1
        if stop != -1 and cnt >= stop:
            return
        try:
            item = next(it)
        except StopIteration:
            return
        cnt += 1
        nxt += step
        if stop != -1 and nxt > stop:
            nxt = stop
        yield item


def pairwise(iterable):
    """Return successive overlapping pairs taken from the input iterable."""
    return _pairwise_gen(iter(iterable))


def _pairwise_gen(it):
    for a in it:
        break
    else:
        return
    for b in it:
        yield (a, b)
        a = b


def starmap(function, iterable):
    """starmap(pow, [(2,5), (3,2)]) --> 32 9"""
    return _starmap_gen(function, iter(iterable))


def _starmap_gen(function, it):
    for args in it:
        yield function(*args)


def takewhile(predicate, iterable):
    """Return successive entries from an iterable as long as predicate is true."""
    return _takewhile_gen(predicate, iter(iterable))


def _takewhile_gen(predicate, it):
    for x in it:
        if predicate(x):
            yield x
        else:
            return


class _tee_link:
    # One cell of the buffer shared by a family of tee iterators.  `next` is
    # None until the value of this cell has been fetched.
    def __init__(self):
        self.value = None
        self.next = None


class _tee:
    def __init__(self, it, link):
        self._it = it
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            value = next(self._it)
            link.value = value
            link.next = _tee_link()
        self._link = link.next
        return link.value

    def __copy__(self):
        return _tee(self._it, self._link)


def tee(iterable, n=2):
    """Returns a tuple of n independent iterators."""
    n = _as_index(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    if isinstance(it, _tee):
        first = it
    else:
        copier = getattr(it, '__copy__', None)
        if copier is not None:
            first = it
        else:
            first = _tee(it, _tee_link())
    result = [first]
    for _ in range(n - 1):
        result.append(first.__copy__())
    return tuple(result)


def zip_longest(*iterables, fillvalue=None):
    """zip_longest('ABCD', 'xy', fillvalue='-') --> Ax By C- D-"""
    return _zip_longest_gen([iter(x) for x in iterables], fillvalue)


def _zip_longest_gen(iterators, fillvalue):
    num = len(iterators)
    if num == 0:
        return
    active = num
    while True:
        values = []
        for i in range(num):
            it = iterators[i]
            if it is None:
                values.append(fillvalue)
                continue
            try:
                value = next(it)
            except StopIteration:
                active -= 1
                if active == 0:
                    return
                iterators[i] = None
                value = fillvalue
            values.append(value)
        yield tuple(values)


# --------------------------------------------------------- combinatoric

def product(*iterables, repeat=1):
    """Cartesian product of input iterables."""
    repeat = _as_index(repeat)
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(pool) for pool in iterables] * repeat
    return _product_gen(pools)


def _product_gen(pools):
    npools = len(pools)
    for pool in pools:
        if not pool:
            return
    indices = [0] * npools
    result = [pool[0] for pool in pools]
    yield tuple(result)
    while True:
        i = npools - 1
        while i >= 0:
            pool = pools[i]
            j = indices[i] + 1
            if j < len(pool):
                indices[i] = j
                result[i] = pool[j]
                break
            indices[i] = 0
            result[i] = pool[0]
            i -= 1
        if i < 0:
            return
        yield tuple(result)


def _check_r(r):
    if not isinstance(r, int):
        raise TypeError('Expected int as r')
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


def _check_r_index(r):
    r = _as_index(r)
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


def permutations(iterable, r=None):
    """permutations(iterable[, r]) --> successive r-length permutations"""
    pool = tuple(iterable)
    if r is None:
        r = len(pool)
    else:
        r = _check_r(r)
    return _permutations_gen(pool, r)


def _permutations_gen(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple([pool[i] for i in indices[:r]])
    if n == 0:
        return
    while True:
        i = r - 1
        while i >= 0:
            c = cycles[i] - 1
            if c == 0:
                # rotate indices[i:] left by one
                moved = indices[i]
                for k in range(i, n - 1):
                    indices[k] = indices[k + 1]
                indices[n - 1] = moved
                cycles[i] = n - i
            else:
                cycles[i] = c
                j = n - c
                indices[i], indices[j] = indices[j], indices[i]
                yield tuple([pool[k] for k in indices[:r]])
                break
            i -= 1
        if i < 0:
            return


def combinations(iterable, r):
    """combinations(iterable, r) --> successive r-length combinations"""
    r = _check_r_index(r)
    pool = tuple(iterable)
    return _combinations_gen(pool, r)


def _combinations_gen(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple([pool[i] for i in indices])
    while True:
        i = r - 1
        while i >= 0 and indices[i] == i + n - r:
            i -= 1
        if i < 0:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple([pool[k] for k in indices])


def combinations_with_replacement(iterable, r):
    """combinations_with_replacement('ABC', 2) --> AA AB AC BB BC CC"""
    r = _check_r_index(r)
    pool = tuple(iterable)
    return _cwr_gen(pool, r)


def _cwr_gen(pool, r):
    n = len(pool)
    if n == 0 and r > 0:
        return
    indices = [0] * r
    yield tuple([pool[i] for i in indices])
    while True:
        i = r - 1
        while i >= 0 and indices[i] == n - 1:
            i -= 1
        if i < 0:
            return
        v = indices[i] + 1
        for j in range(i, r):
            indices[j] = v
        yield tuple([pool[k] for k in indices])
