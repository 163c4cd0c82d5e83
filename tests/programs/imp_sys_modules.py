import sys

print("imp_helper_noisy" in sys.modules)
import imp_helper_noisy
print("imp_helper_noisy" in sys.modules, sys.modules["imp_helper_noisy"] is imp_helper_noisy)
first = imp_helper_noisy
first.marker = "set on first module object"
import imp_helper_noisy
print(imp_helper_noisy is first, imp_helper_noisy.marker)
removed = sys.modules.pop("imp_helper_noisy")
print("removed from sys.modules:", removed is first, "imp_helper_noisy" in sys.modules)
print("importing again re-executes the top level:")
import imp_helper_noisy
print(imp_helper_noisy is first, hasattr(imp_helper_noisy, "marker"), imp_helper_noisy.TOKEN == first.TOKEN)
print(first.hello(), imp_helper_noisy.hello())
second = imp_helper_noisy
import imp_helper_noisy
print("third import cached:", imp_helper_noisy is second)


def mod_names(prefix):
    return sorted(k for k in sys.modules if k.startswith(prefix))


print(mod_names("imp_helper"))
import imp_helper_registry
print(mod_names("imp_helper"))
print(type(sys.modules["imp_helper_registry"]).__name__, sys.modules["__main__"].__name__)
