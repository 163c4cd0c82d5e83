import imp_helper_errors
from imp_helper_errors import HelperError, DetailedError, check

print(check(5), imp_helper_errors.run_all([1, 2]))
try:
    imp_helper_errors.run_all([1, -7, 3])
except DetailedError as e:
    print("DetailedError:", e, e.code, e.args)
    print(type(e), type(e).__module__, type(e).__qualname__)
    print(repr(e))
try:
    check(-1)
except HelperError as e:
    print("caught via base class:", type(e).__name__)


class LocalError(HelperError):
    pass


try:
    raise LocalError("local")
except imp_helper_errors.HelperError as e:
    print(type(e), e)
print(LocalError.__mro__[1], LocalError.__module__)
