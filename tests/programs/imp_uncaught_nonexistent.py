import sys
print("before bad import")


def load_plugins(names):
    loaded = []
    for n in names:
        print("loading", n)
        if n == "math":
            import math
            loaded.append(math.__name__)
        elif n == "optional_missing":
            try:
                import optional_missing
            except ImportError as e:
                print("  skipped optional:", e)
        else:
            import nonexistent_mod
    return loaded


print(load_plugins(["math"]))
print(load_plugins(["optional_missing", "math"]))
print("nonexistent_mod" in sys.modules)
load_plugins(["math", "nonexistent_mod"])
print("not reached")
