import sys

print(sys.argv[0].endswith("mod_sys_attrs.py"), len(sys.argv), sys.argv[1:])
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, type(sys.maxsize).__name__)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.min, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.float_info.max * 2, 1.0 + sys.float_info.epsilon > 1.0, 1.0 + sys.float_info.epsilon / 2 == 1.0)
print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 0), sys.version_info < (4,))
old = sys.getrecursionlimit()
print(type(old).__name__, old > 50)
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(100))
try:
    depth(10000)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old, depth(500))
n = sys.stdout.write("written directly\n")
print(n, sys.stdout.write(""), sys.stdout.write("no newline"))
sys.stdout.write("|after\n")
print(sys.byteorder in ("little", "big"), sys.platform != "", isinstance(sys.path, list))
print("sys" in sys.modules, sys.modules["sys"] is sys, type(sys.modules).__name__)
print(sys.int_info.bits_per_digit in (15, 30), sys.hash_info.width)
print(isinstance(sys.stdin.readline(), str))
print(sys.stdin.read(), repr(sys.stdin.read()))
print(sys.getsizeof(0) > 0, sys.intern("abc") == "abc")
print(callable(sys.exit), sys.flags.optimize)
