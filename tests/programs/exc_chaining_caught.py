def convert(s):
    try:
        return int(s)
    except ValueError as e:
        raise TypeError("bad input %r" % s)


try:
    convert("xyz")
except TypeError as e:
    print("caught", e)
    print("context:", type(e.__context__).__name__, e.__context__)
    print("cause:", e.__cause__, "suppress:", e.__suppress_context__)


def convert2(s):
    try:
        return int(s)
    except ValueError as e:
        raise LookupError("explicit") from e


try:
    convert2("q")
except LookupError as e:
    print("caught", e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("context is cause:", e.__context__ is e.__cause__)
    print("suppress:", e.__suppress_context__)


def convert3():
    try:
        {}["k"]
    except KeyError:
        raise ValueError("no context shown") from None


try:
    convert3()
except ValueError as e:
    print("caught", e, "| cause", e.__cause__, "| suppress", e.__suppress_context__)
    print("context still recorded:", repr(e.__context__))
try:
    raise RuntimeError("plain")
except RuntimeError as e:
    print("plain context:", e.__context__, e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            [][1]
        except IndexError:
            raise KeyError("third")
except KeyError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(type(cur).__name__)
        cur = cur.__context__
    print("chain:", chain)
err = ValueError("manual")
err.__cause__ = KeyError("set by hand")
print(err.__suppress_context__, repr(err.__cause__))
try:
    raise ValueError("x") from KeyError
except ValueError as e:
    print("from class ->", repr(e.__cause__))
try:
    raise ValueError("x") from 5
except TypeError as e:
    print("TypeError:", e)
