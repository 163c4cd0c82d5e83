before = set(globals())
from imp_helper_math import *
added = sorted(set(globals()) - before - {"before"})
print(added)
print(area(3), PI, Shape("star"))
try:
    perimeter(1)
except NameError as e:
    print("NameError:", e)
try:
    print(_private)
except NameError as e:
    print("NameError:", e)
before2 = set(globals())
from imp_helper_state import *
added2 = sorted(set(globals()) - before2 - {"before2"})
print(added2)
print(bump(), get_counter(), whose_name())
print(counter)
import imp_helper_state
print(imp_helper_state.counter, counter)
PI = "shadowed locally"
import imp_helper_math
print(PI, imp_helper_math.PI)
from imp_helper_math import *
print(PI)
