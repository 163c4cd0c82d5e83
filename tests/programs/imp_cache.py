import imp_helper_registry
print("registry count before:", imp_helper_registry.count)
import imp_helper_counter
print("after first import:", imp_helper_registry.count, imp_helper_registry.names)
import imp_helper_counter
print("after second import:", imp_helper_registry.count)
import imp_helper_counter as again
print("after aliased import:", imp_helper_registry.count, again is imp_helper_counter)
from imp_helper_counter import value, load_number
print("after from-import:", imp_helper_registry.count, load_number, value())


def import_in_function():
    import imp_helper_counter
    return imp_helper_counter.load_number


for _ in range(3):
    import_in_function()
print("after function imports:", imp_helper_registry.count)
import sys
mod = sys.modules["imp_helper_counter"]
print(mod is imp_helper_counter, mod.load_number)
import imp_helper_registry as reg
print(reg is imp_helper_registry, reg.count)
print(imp_helper_registry.record("manual"), imp_helper_registry.names)
