e = "outer value"
try:
    raise ValueError("inner")
except ValueError as e:
    print("in handler:", e)
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)


def f():
    err = None
    try:
        {}["missing"]
    except KeyError as exc:
        err = exc
    print(type(err).__name__, repr(err), err.args)
    try:
        exc
    except NameError as ne:
        print(type(ne).__name__ + ":", ne)
    return err


print(repr(f()))
handlers = (ValueError, TypeError)
for thing in ["1", "x", None]:
    try:
        print(int(thing) + 1)
    except handlers as exc:
        print("handled", type(exc).__name__)
for exc_type in [ZeroDivisionError, OverflowError, FloatingPointError]:
    try:
        raise exc_type("arith")
    except (ZeroDivisionError, OverflowError) as x:
        print("first clause", type(x).__name__)
    except ArithmeticError as x:
        print("second clause", type(x).__name__)
try:
    try:
        raise KeyError("a")
    except (IndexError, KeyError) as first:
        print("got", repr(first))
        raise
except LookupError as second:
    print("reraised", repr(second))
saved = []
for i in range(3):
    try:
        raise RuntimeError(i)
    except RuntimeError as err:
        saved.append(err)
print([s.args for s in saved])
