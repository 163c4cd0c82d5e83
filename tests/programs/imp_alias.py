import imp_helper_math as hm
import imp_helper_math as hm2
from imp_helper_math import area as circle_area, Square as Sq
import itertools as it
import collections as col
import imp_helper_math

print(hm.PI, hm.area(1), hm.__name__)
print(hm is hm2, hm is imp_helper_math)
print(circle_area(2) == hm.area(2), circle_area.__name__, Sq.__name__, Sq("q"))
print(list(it.islice(it.count(5), 3)), col.Counter("aab").most_common(1))
print(it.__name__, col.__name__)
hm.PI = 1
print(imp_helper_math.PI, hm2.PI, circle_area(3))
del hm
try:
    hm.PI
except NameError as e:
    print("NameError:", e)
print(hm2.PI)


def local_alias():
    import imp_helper_math as local_mod
    return local_mod.describe()


print(local_alias())
print("local_mod" in globals())
