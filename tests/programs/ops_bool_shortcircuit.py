calls = []
def t(x):
    calls.append(x)
    return x
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or 'd', '' or [] or 0, 'a' and 'b' and 'c')
print([] and 'x', [0] and 'x', {} or {1: 2}, 0.0 or -0.0, None and 1)
print(not 0, not 1, not '', not 'a', not [], not None, not not 5)
r = t(0) and t(1)
print(r, calls)
calls = []
r = t(1) or t(2)
print(r, calls)
calls = []
r = t(0) or t('') or t('last')
print(r, calls)
calls = []
r = t(1) and t(2) and t(0) and t(3)
print(r, calls)
x = 5
print(x > 3 and x < 10, x > 3 and 'big' or 'small', x < 3 and 'big' or 'small')
print(True + True, True * 10, False - 1, -True, ~True, True / 2)
print(True and 1.5, False or 1.5, 0 or False, False or 0)
print(1 if x else 2, 'yes' if [] else 'no', 'pos' if x > 0 else 'neg' if x < 0 else 'zero')
y = 0
print('pos' if y > 0 else 'neg' if y < 0 else 'zero')
calls = []
v = t(1) < t(2) < t(0) < t(5)
print(v, calls)
print(None is None, None is not None, x is not None, [] == [], (not x) == False)
print(bool(None), bool(0), bool('0'), bool(()), bool((0,)), bool())
n = None
print(n == None, n != 0, n or 'default')
