print("main: before import")
import imp_helper_noisy
print("main: after first import", imp_helper_noisy.TOKEN)
import imp_helper_noisy
print("main: after second import (no output expected above)")
from imp_helper_noisy import hello
print(hello())
import imp_helper_noisy as noisy_alias
print("aliased import is the same module:", noisy_alias is imp_helper_noisy)


def f():
    import imp_helper_noisy as n
    return n.TOKEN


print(f(), f())
print(imp_helper_noisy.__name__)
