from imp_helper_math import area, Shape, PI as pi_value
from imp_helper_math import (perimeter,
                             describe)

print(area(1), pi_value, round(perimeter(2), 4))
print(describe())
sh = Shape("tri")
print(sh, sh.sides, type(sh).__qualname__)
print("imp_helper_math" in dir(), "area" in dir())
import imp_helper_math
imp_helper_math.PI = 10
print(pi_value, imp_helper_math.PI)
print(area(1))
pi_value = 0
print(imp_helper_math.PI)


def use_inside():
    from imp_helper_math import Square
    return Square("in-func"), Square.sides


print(use_inside())
print("Square" in globals())
try:
    from imp_helper_math import does_not_exist
except ImportError as e:
    print(type(e).__name__, "|", str(e).split(" (")[0], "|", e.name)
from imp_helper_state import bump, counter
print(counter, bump(), bump(), counter)
import imp_helper_state
print(imp_helper_state.counter)
