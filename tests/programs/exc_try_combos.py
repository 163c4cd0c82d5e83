def run(case):
    log = []
    try:
        log.append("try")
        if case == "value":
            raise ValueError("v")
        if case == "type":
            raise TypeError("t")
        if case == "key":
            raise KeyError("k")
        log.append("try-end")
    except ValueError as e:
        log.append("except-value:" + str(e))
    except (TypeError, IndexError) as e:
        log.append("except-tuple:" + type(e).__name__)
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log

for c in ["none", "value", "type"]:
    print(c, run(c))
try:
    run("key")
except KeyError as e:
    print("key escaped", repr(e))

def only_finally(fail):
    try:
        if fail:
            raise RuntimeError("x")
        print("  no failure")
    finally:
        print("  finally ran, fail =", fail)

only_finally(False)
try:
    only_finally(True)
except RuntimeError:
    print("caught after finally")

def try_else_no_finally(x):
    try:
        v = 10 // x
    except ZeroDivisionError:
        print("  div by zero")
        return None
    else:
        print("  else computes", v)
        return v * 2

print(try_else_no_finally(2), try_else_no_finally(0))

def else_raises():
    try:
        pass
    except Exception:
        print("  not here")
    else:
        raise ValueError("from else")
    finally:
        print("  finally after else raised")

try:
    else_raises()
except ValueError as e:
    print("caught", e)
try:
    try:
        raise ValueError("inner")
    except TypeError:
        print("wrong handler")
    finally:
        print("inner finally")
except ValueError as e:
    print("outer caught", e)
try:
    raise IndexError("idx")
except Exception as e:
    print("generic", type(e).__name__, e)
try:
    [][0]
except:
    print("bare except caught")
