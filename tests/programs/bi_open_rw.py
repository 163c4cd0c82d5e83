path = "/tmp/pyjit_test_open_rw.txt"
with open(path, "w") as f:
    n1 = f.write("first line\n")
    n2 = f.write("second line\n")
    f.write("third, no newline")
    print("writes returned", n1, n2, f.closed)
print("closed after with:", f.closed)
with open(path) as f:
    content = f.read()
print(repr(content), len(content))
with open(path, "r") as f:
    print(repr(f.readline()))
    print(repr(f.readline()))
    print(repr(f.readline()))
    print(repr(f.readline()), "at EOF")
with open(path) as f:
    lines = f.readlines()
print(lines)
with open(path) as f:
    for i, line in enumerate(f):
        print(i, repr(line), repr(line.rstrip("\n")))
with open(path) as f:
    print([l.upper() for l in f][0])
with open(path) as f:
    print(f.read(5), "|", f.read(6), "|", repr(f.read()), "|", repr(f.read()))
f = open(path, "w")
f.write("overwritten\n")
f.close()
print(f.closed)
with open(path) as f:
    print(repr(f.read()))
with open(path, "w") as f:
    print("via print", 1, 2, file=f)
    print("sep test", "x", sep="-", end="!\n", file=f)
    f.writelines(["wl1\n", "wl2\n"])
with open(path) as f:
    print(f.read().splitlines())
try:
    with open(path) as f:
        f.write("nope")
except Exception as e:
    print(type(e).__name__)
try:
    open("/tmp/pyjit_test_open_rw_missing_dir/none.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.strerror, e.filename)
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
with open(path, "w") as f:
    f.write("unicode: héllo ✓\n")
with open(path) as f:
    s = f.read()
print(s, end="")
print(len(s))
import os
os.remove(path)
print(os.path.exists(path))
