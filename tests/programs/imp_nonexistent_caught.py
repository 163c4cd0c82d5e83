try:
    import nonexistent_mod
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
    print("name attr:", e.name)
    print("is ImportError:", isinstance(e, ImportError))
try:
    import nonexistent_mod.sub
except ImportError as e:
    print(type(e).__name__ + ":", e)
try:
    from nonexistent_pkg import thing
except ImportError as e:
    print(type(e).__name__ + ":", e)
try:
    import imp_helper_math.not_a_package
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
try:
    from imp_helper_math import missing_name
except ImportError as e:
    print(type(e).__name__, isinstance(e, ModuleNotFoundError), e.name)
    print(str(e).startswith("cannot import name 'missing_name' from 'imp_helper_math'"))


def optional_import():
    try:
        import another_missing_module as m
    except ImportError:
        m = None
    return m


print(optional_import())
import sys
print("nonexistent_mod" in sys.modules)
try:
    import nonexistent_mod
except ImportError:
    print("second attempt fails again")
print("done")
