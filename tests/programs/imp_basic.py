import imp_helper_math

print(imp_helper_math.PI, imp_helper_math.version)
print(imp_helper_math.area(2), round(imp_helper_math.perimeter(1), 5))
print(imp_helper_math.describe())
print(imp_helper_math.__name__, type(imp_helper_math).__name__)
print(imp_helper_math.__doc__)
s = imp_helper_math.Square("sq")
print(s, s.sides, type(s), type(s).__name__, type(s).__module__)
print(imp_helper_math.Shape, imp_helper_math.Square.__mro__[1])
print(isinstance(s, imp_helper_math.Shape))
print(imp_helper_math._private, imp_helper_math._internal())
print(hasattr(imp_helper_math, "area"), hasattr(imp_helper_math, "nothing"))
print(getattr(imp_helper_math, "PI"), getattr(imp_helper_math, "missing", "dflt"))
names = sorted(n for n in dir(imp_helper_math) if not n.startswith("__"))
print(names)
print(sorted(k for k in vars(imp_helper_math) if not k.startswith("__")) == names)
imp_helper_math.PI = 3
print(imp_helper_math.area(2))
imp_helper_math.new_attr = "set from importer"
print(imp_helper_math.new_attr)
try:
    imp_helper_math.undefined_func()
except AttributeError as e:
    print("AttributeError:", e)
print(__name__)
import sys
print("imp_helper_math" in sys.modules, sys.modules["imp_helper_math"] is imp_helper_math)
print(sys.modules[__name__].__name__)
