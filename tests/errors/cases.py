# One-line programs that end in an error; tests/errors/cases.expected holds the last stderr
# line CPython 3.11 prints for each (scripts/gen_error_cases.py). One case per line.
round(1, 2, 3)
round()
pow(1)
pow()
enumerate()
iter()
sum()
sum(1, 2, 3)
int(1, 2, 3)
str(1, 2, 3, 4)
zip(1)
'a'.join()
'a'.find()
'a'.find(1, 2, 3, 4)
'a'.startswith()
'a'.strip(1, 2)
reversed()
'a'.replace('a')
'a'.center()
'a'.zfill()
'a'.partition()
'a'.count()
len()
abs(1, 2)
divmod(1)
chr()
ord('ab')
min()
range()
range(1, 2, 3, 4)
sorted()
isinstance(1)
hash([])
next(iter([]))
[].pop()
{}.popitem()
set().pop()
[1].index(5)
(1,).index(5)
'abc'.index('z')
int('12x')
float('abc')
1 + 'a'
'a' + 1
[1] + (1,)
'a' * 'b'
-'a'
~1.5
1 < 'a'
{}[[]]
[][0]
()[0]
''[0]
{}['k']
{1: 2}[(3, 4)]
None.foo
(1).real_part
1 / 0
1 // 0
1 % 0
1.0 / 0
1.0 // 0.0
2.0 ** 10000
10 ** 400 * 1.0
float(10 ** 400)
int(float('inf'))
int(float('nan'))
a, b = [1, 2, 3]
a, b, c = [1, 2]
a, *b, c = [1]
x, y = 5
import nosuchmodule
from sys import nosuchname
pritn('x')
'abc'.uper()
[].apend(1)
def f(x): pass
f()
def f(x): pass
f(1, 2)
def f(*, k): pass
f()
def f(x): pass
f(y=1)
def f(x): pass
f(1, x=2)
def f(a, a): pass
(lambda: 0)(1)
print(sep=1)
print(end=2)
'%d' % 'x'
'%s %s' % (1,)
'%s' % (1, 2)
'{0} {}'.format(1, 2)
'{'.format()
'{:d}'.format(1.5)
format(1, 'q')
'x'.center(2 ** 62)
x = [1, 2, 3]; x[1:2] = 5
x = [1, 2, 3]; x[::2] = [1]
del [][0]
sys.exit('bye')
assert 1 == 2, 'no'
raise ValueError('custom')
raise KeyError('k')
raise TypeError
def f(d): return [d.pop(k) or d.setdefault(k + 10, 1) for k in d]
f({1: 1, 2: 2})
import math; math.atanh(1)
import math; math.factorial(10 ** 400)
import math; math.fsum([1e308, 1e308])
import math; math.ldexp(3, 10 ** 30)
int('9' * 5000)
'ab' * 2 ** 62
int(x='5')
