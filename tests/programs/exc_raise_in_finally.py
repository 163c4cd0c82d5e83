def replace_in_finally():
    try:
        raise ValueError("original")
    finally:
        raise KeyError("from finally")


try:
    replace_in_finally()
except KeyError as e:
    print("caught", repr(e))
    print("context", repr(e.__context__))
except ValueError:
    print("original escaped (wrong)")


def finally_raises_after_return():
    try:
        return "value"
    finally:
        raise RuntimeError("finally beat the return")


try:
    print(finally_raises_after_return())
except RuntimeError as e:
    print("caught", e, "| context:", e.__context__)


def loop_finally_raise():
    for i in range(3):
        try:
            print("  iter", i)
        finally:
            if i == 1:
                raise IndexError("stop at %d" % i)


try:
    loop_finally_raise()
except IndexError as e:
    print("caught", e)


def handler_and_finally():
    try:
        raise TypeError("t")
    except TypeError:
        print("  handling t")
        raise ValueError("from handler")
    finally:
        print("  finally sees pending exception")


try:
    handler_and_finally()
except ValueError as e:
    print("caught", e, "ctx", repr(e.__context__))


def nested():
    try:
        try:
            raise OSError("io")
        finally:
            print("  inner finally")
            raise AttributeError("attr")
    except AttributeError as e:
        print("  nested caught", e, "ctx", type(e.__context__).__name__)
        return "recovered"
    finally:
        print("  outer finally")


print(nested())
