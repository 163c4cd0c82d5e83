class Resource:
    opened = []

    def __init__(self, name):
        self.name = name

    def __enter__(self):
        Resource.opened.append(self.name)
        print("open", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        Resource.opened.remove(self.name)
        print("close", self.name, "exc=" + (exc_type.__name__ if exc_type else "None"))
        return False

class Suppress:
    def __init__(self, *types):
        self.types = types
        self.caught = None

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            self.caught = ev
            return True
        return False

def work(fail):
    with Resource("db") as db, Resource("file") as f:
        print("working with", db.name, f.name)
        if fail:
            raise IOError("write failed")
        return "done"

print(work(False))
try:
    work(True)
except OSError as e:
    print("caught", e, "still open:", Resource.opened)
with Suppress(KeyError, IndexError) as s:
    {}["missing"]
print("suppressed", repr(s.caught))
with Suppress(KeyError) as s:
    print("no error inside")
print("caught is", s.caught)
try:
    with Suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("escaped", e)
try:
    with Resource("r1"):
        with Suppress(ZeroDivisionError):
            with Resource("r2"):
                1 / 0
        print("after inner suppress, r1 open:", Resource.opened)
        raise RuntimeError("then fail")
except RuntimeError as e:
    print("outer caught", e, Resource.opened)

class EnterFails:
    def __enter__(self):
        raise PermissionError("cannot enter")

    def __exit__(self, *a):
        print("exit should not run")

try:
    with EnterFails():
        print("body should not run")
except PermissionError as e:
    print("PermissionError:", e)

class ExitRaises:
    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        raise LookupError("exit replaced " + (et.__name__ if et else "nothing"))

for trigger in [False, True]:
    try:
        with ExitRaises():
            if trigger:
                raise TypeError("body")
    except LookupError as e:
        print("LookupError:", e, "| ctx:", repr(e.__context__))
