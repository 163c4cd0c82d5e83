# Slices of lists, tuples and strs, concatenation of two of a kind, and lists and tuples
# built in traces: slice bounds None or ints, one changing from int to None mid-loop.
def f(s, xs):
    out = ""
    tot = 0
    tx = tuple(xs)
    for i in range(len(s)):
        out = out + s[i:i + 2]
        part = xs[i:]
        tot += len(part) + len(xs[:i]) + len(xs[-3:]) + len(s[:])
        t = tx[1:i]
        tot += len(t + (1,))
        lst = xs[i:i+1] + [i]
        tot += lst[-1]
    return len(out), tot, out[:20]
print(f("hello world, héllo wörld" * 5, list(range(40))))
def g(words):
    acc = ""
    for w in words:
        acc += w
        if len(acc) > 50:
            acc = acc[25:]
    return acc
print(g(["ab", "cde", "f", "\u00e9\u00e9"] * 200))
def h(xs, k):
    n = 0
    for i in range(len(xs)):
        n += len(xs[i:k])
        if i == 150:
            k = None
    return n
print(h(list(range(300)), 7))


# Lists and tuples built in the trace (BUILD_LIST, BUILD_TUPLE).
def f(n):
    seen = []
    tot = 0
    for i in range(n):
        p = (i, i * 0.5, "x")
        q = [i, p, None]
        a, b, c = p
        tot += a + len(q) + len((i, i))
        if i % 10 == 0:
            seen.append(p)
    return tot, seen[-1], len(seen), ()
print(f(1000))


# str(), list() and tuple() conversions in traces (tuple of a tuple is the tuple itself).
def f(n):
    s = ""
    out = []
    for i in range(n):
        s += str(i % 10)
        t = tuple(out[-3:])
        l = list("ab")
        r = list(range(i % 4))
        out.append(str(i * 7 - 50) + str("x"))
        q = tuple(t)
        if q is not t:
            print("identity differs")
    return len(s), s[-10:], out[-2:], t, l, r, list((1, 2)), tuple([3])
print(f(500))
print(f(3))


# chr() in traces: a Caesar shift, a table of code points, and one past the last code point
# (ValueError from the interpreter).
def caesar(s, k):
    out = ""
    for ch in s:
        o = ord(ch)
        if 97 <= o <= 122:
            out += chr((o - 97 + k) % 26 + 97)
        else:
            out += chr(o)
    return out
print(caesar("hello, world! é\U0001F600 zebra" * 20, 3)[:60])
def table(n):
    t = []
    for i in range(n):
        t.append(chr(i * 37 % 1114111))
    return len(t), t[-1] == chr((n - 1) * 37 % 1114111), chr(65) is chr(65)
print(table(3000))
def bad(n):
    s = ""
    for i in range(n):
        s += chr(1114100 + i)
    return len(s)
try:
    print(bad(30))
except ValueError as e:
    print("ValueError", e)
