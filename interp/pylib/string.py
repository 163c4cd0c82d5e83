"""A collection of string constants, capwords() and Template (pure-Python
version for pyjit)."""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords',
           'digits', 'hexdigits', 'octdigits', 'printable', 'punctuation',
           'whitespace', 'Template']

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each word using
    capitalize, and join the capitalized words using join.  If the optional
    second argument sep is absent or None, runs of whitespace characters are
    replaced by a single space and leading and trailing whitespace are
    removed, otherwise sep is used to split and join the words."""
    return (sep or ' ').join([word.capitalize() for word in s.split(sep)])


# ------------------------------------------------------------------ Template
#
# CPython implements Template with a regular expression; pyjit has no `re`,
# so placeholders are recognised by a small hand-written scanner that accepts
# exactly what the default pattern accepts: $$, $identifier, ${identifier},
# where identifier is ASCII [_a-zA-Z][_a-zA-Z0-9]*.  Subclasses may change
# `delimiter`; a custom `idpattern`/`pattern` regex is not supported.

_ID_START = frozenset('_' + ascii_letters)
_ID_CHAR = frozenset('_' + ascii_letters + digits)


def _scan_id(s, i):
    # End index of the identifier starting at i, or i if there is none.
    n = len(s)
    if i < n and s[i] in _ID_START:
        i += 1
        while i < n and s[i] in _ID_CHAR:
            i += 1
    return i


def _placeholders(template, delim):
    """Yield (start, end, kind, name) for every placeholder in template;
    kind is 'escaped', 'named', 'braced' or 'invalid'."""
    dlen = len(delim)
    n = len(template)
    i = template.find(delim)
    while i >= 0:
        j = i + dlen
        if template.startswith(delim, j):
            yield (i, j + dlen, 'escaped', None)
            i = template.find(delim, j + dlen)
            continue
        k = _scan_id(template, j)
        if k > j:
            yield (i, k, 'named', template[j:k])
            i = template.find(delim, k)
            continue
        if j < n and template[j] == '{':
            k = _scan_id(template, j + 1)
            if k > j + 1 and k < n and template[k] == '}':
                yield (i, k + 1, 'braced', template[j + 1:k])
                i = template.find(delim, k + 1)
                continue
        yield (i, j, 'invalid', None)
        i = template.find(delim, j)


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _invalid(self, i):
        # i is the index just past the delimiter, as in CPython's message
        lines = self.template[:i].splitlines(True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d'
                         % (lineno, colno))

    def _mapping(self, args, kws):
        if len(args) > 1:
            raise TypeError('Too many positional arguments')
        if not args:
            return kws
        mapping = args[0]
        if kws:
            return _ChainLookup(kws, mapping)
        return mapping

    def substitute(*args, **kws):
        if not args:
            raise TypeError("descriptor 'substitute' of 'Template' object needs an argument")
        self = args[0]
        mapping = self._mapping(args[1:], kws)
        template = self.template
        out = []
        pos = 0
        for start, end, kind, name in _placeholders(template, self.delimiter):
            out.append(template[pos:start])
            if kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'invalid':
                self._invalid(end)
            else:
                out.append('%s' % (mapping[name],))
            pos = end
        out.append(template[pos:])
        return ''.join(out)

    def safe_substitute(*args, **kws):
        if not args:
            raise TypeError("descriptor 'safe_substitute' of 'Template' object needs an argument")
        self = args[0]
        mapping = self._mapping(args[1:], kws)
        template = self.template
        out = []
        pos = 0
        for start, end, kind, name in _placeholders(template, self.delimiter):
            out.append(template[pos:start])
            if kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'invalid':
                out.append(template[start:end])
            else:
                try:
                    out.append('%s' % (mapping[name],))
                except KeyError:
                    out.append(template[start:end])
            pos = end
        out.append(template[pos:])
        return ''.join(out)

    def is_valid(self):
        for start, end, kind, name in _placeholders(self.template, self.delimiter):
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for start, end, kind, name in _placeholders(self.template, self.delimiter):
            if name is not None and name not in ids:
                ids.append(name)
        return ids


class _ChainLookup:
    # keyword arguments take precedence over the positional mapping
    def __init__(self, first, second):
        self._first = first
        self._second = second

    def __getitem__(self, key):
        if key in self._first:
            return self._first[key]
        return self._second[key]
