log = []

def risky(n):
    if n % 3 == 0:
        raise ValueError("multiple of three: %d" % n)
    return n

def wrapper(n):
    try:
        return risky(n)
    except ValueError:
        log.append("wrapper saw %d" % n)
        raise

for i in range(1, 7):
    try:
        print("ok", wrapper(i))
    except ValueError as e:
        print("outer:", e)
print(log)

def reraise_specific():
    try:
        raise KeyError("orig")
    except KeyError as e:
        saved = e
    raise saved

try:
    reraise_specific()
except KeyError as e:
    print("re-raised saved:", repr(e))

def reraise_after_handling_other():
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise TypeError("second")
        except TypeError:
            pass
        raise

try:
    reraise_after_handling_other()
except Exception as e:
    print("bare raise re-raises:", type(e).__name__, e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)

def cleanup_then_reraise():
    resource = ["open"]
    try:
        raise OSError("disk")
    except OSError:
        resource[0] = "closed"
        print("  cleaned:", resource)
        raise

try:
    cleanup_then_reraise()
except OSError as e:
    print("OSError:", e, e.args)
try:
    try:
        raise ValueError("a")
    except ValueError as e:
        raise e
except ValueError as e2:
    print("raise e keeps identity-equal args:", e2.args)
