class AppError(Exception):
    pass


class ConfigError(AppError):
    def __init__(self, key, reason):
        super().__init__(key, reason)
        self.key = key
        self.reason = reason


class RetryError(AppError):
    def __init__(self, attempts):
        super().__init__("gave up after %d attempts" % attempts)
        self.attempts = attempts


print(AppError.__mro__)
print(issubclass(ConfigError, Exception), issubclass(ConfigError, BaseException))
e = ConfigError("port", "not a number")
print(e.args, e.key, e.reason)
print(str(e))
print(repr(e))
r = RetryError(3)
print(str(r), repr(r), r.attempts, r.args)
a = AppError()
print(repr(a), str(a) == "", a.args)
a2 = AppError("one")
print(repr(a2), str(a2))
for exc in [ConfigError("k", "bad"), RetryError(5), AppError("plain"), ValueError("v")]:
    try:
        raise exc
    except ConfigError as ce:
        print("config:", ce.key)
    except AppError as ae:
        print("app:", type(ae).__name__, ae)
    except Exception as other:
        print("other:", type(other).__name__, other)


class Silent(Exception):
    def __init__(self):
        pass


s = Silent()
print(s.args, repr(s))
s.extra = 1
print(s.extra)
try:
    raise Silent
except Silent as caught:
    print("caught Silent", type(caught).__name__, caught.args)
try:
    raise AppError
except AppError as caught:
    print("raised class gets instantiated:", repr(caught))
print(isinstance(e, (KeyError, AppError)))


class NoSuper(Exception):
    def __init__(self, code):
        self.code = code


ns = NoSuper(42)
print(ns.args, str(ns), repr(ns), ns.code)
