# File objects as CPython 3.11 makes them: text and binary modes, buffering shared by
# reads and writes, seek/tell/truncate, newline translation, codecs and their errors,
# mode and argument errors, closed files; and a file never closed is written when
# its object is dropped (open(p, "w").write(s) then open(p).read()).
import sys, os
print(repr(sys.stdout), repr(sys.stderr), repr(sys.stdin), sys.stderr.errors, sys.stdout.errors, sys.stdout.line_buffering, sys.stderr.line_buffering)
f = open("io_files_t6", "w"); print(repr(f), f.mode, f.encoding, f.errors, f.name); f.close()
open("io_files_t7", "w").close()
for m in ("rb", "wb", "ab", "r+b", "w+b", "a+b"):
    f = open("io_files_t7", m); print(m, repr(f), f.mode, type(f).__name__); f.close()
os.remove("io_files_t7")
f = open("io_files_t7", "xb"); print(repr(f), f.mode); f.close()
print(open("io_files_t6","rt").mode, open("io_files_t6","r+").mode)
f = open("io_files_t1","w"); f.write("AAAA"); g = open("io_files_t1","w"); g.write("b"); g.close(); f.close(); print(repr(open("io_files_t1").read()))
f = open("io_files_t4","w"); f.write("AAA"); g = open("io_files_t4","a"); g.write("b"); g.close(); f.close(); print(repr(open("io_files_t4").read()))
f = open("io_files_t4","a"); f.write("AAA"); g = open("io_files_t4","a"); g.write("b"); g.close(); f.close(); print(repr(open("io_files_t4").read()))
open("io_files_t5","w").write("hi"); print(repr(open("io_files_t5").read()))
with open("io_files_b1", "wb") as f:
    print(f.write(b"ab\r\ncd\ref\n\xff\x00"), f.tell())
with open("io_files_b1", "rb") as f:
    print(f.read(3), f.tell(), f.readline(), f.readlines(), f.read(), f.read(5))
    print(f.seek(1), f.read(2), f.seek(-2, 2), f.read(), f.seek(0, 1))
with open("io_files_b1", "r", encoding="latin-1") as f:
    print(repr(f.read()))
with open("io_files_b1", "r", encoding="latin-1", newline="") as f:
    print(f.readlines())
with open("io_files_b1", "r", encoding="latin-1", newline="\r") as f:
    print(f.readlines())
with open("io_files_b1", "r", encoding="latin-1", newline="\r\n") as f:
    print(f.readlines(), f.tell())
with open("io_files_u", "w", encoding="utf-8", newline="\r\n") as f:
    f.write("é\nx€\n𝄞")
print(open("io_files_u", "rb").read(), repr(open("io_files_u").read()), repr(open("io_files_u").read(2)))
with open("io_files_u") as f:
    print(repr(f.read(1)), f.tell(), repr(f.readline()), f.tell(), repr(f.readline(1)), repr(f.read()), f.tell())
with open("io_files_rp", "w+") as f:
    f.write("hello world\n")
    f.seek(0)
    print(repr(f.read(5)))
    f.write("XX")
    f.seek(0)
    print(repr(f.read()))
    print(f.truncate(3), f.tell())
    f.seek(0)
    print(repr(f.read()), f.seekable(), f.readable(), f.writable(), f.isatty(), f.fileno() > 2)
for bad in ("rw", "z", "rbt", "r+r", ""):
    try:
        open("io_files_u", bad)
    except ValueError as e:
        print(bad, e)
for kw in ({"encoding": "utf-8"}, {"newline": ""}, {"errors": "strict"}):
    try:
        open("io_files_u", "rb", **kw)
    except ValueError as e:
        print(e)
try:
    open("io_files_u", "r", buffering=0)
except ValueError as e:
    print(e)
try:
    open("io_files_u", newline="x")
except ValueError as e:
    print(e)
try:
    open("/nonexistent/x")
except FileNotFoundError as e:
    print(e, e.errno, e.filename)
try:
    open("/")
except IsADirectoryError as e:
    print(e)
f = open("io_files_u"); f.close()
for op in (f.read, f.readline, f.tell, lambda: f.write("x"), f.flush):
    try:
        op()
    except ValueError as e:
        print(e)
print(f.closed)
f.close()
g = open("io_files_u", "w")
try:
    g.read()
except Exception as e:
    print(type(e).__name__, e)
try:
    g.write(b"x")
except TypeError as e:
    print(e)
g.close()
g = open("io_files_u", "wb")
try:
    g.write("x")
except TypeError as e:
    print(e)
g.close()
with open("io_files_lines", "w") as f:
    f.writelines(["a\n", "b\n", "c"])
print([l for l in open("io_files_lines")], list(open("io_files_lines", "rb")))
f = open("io_files_lines")
print(next(f), f.readlines(2), f.read())
with open("io_files_u", "w") as f:
    try:
        f.seek(1, 1)
    except Exception as e:
        print(type(e).__name__, e)
    try:
        f.seek(0, 3)
    except ValueError as e:
        print(e)
with open("io_files_enc", "w", encoding="ascii", errors="replace") as f:
    f.write("aé€")
with open("io_files_enc", "w+", encoding="ascii", errors="xmlcharrefreplace") as f:
    f.write("aé")
    f.seek(0)
    print(f.read())
with open("io_files_enc", "w", encoding="ascii") as f:
    try:
        f.write("é")
    except UnicodeEncodeError as e:
        print(e)
print(open("io_files_enc").read() == "")
for p in ("io_files_t1","io_files_t4","io_files_t5","io_files_t6","io_files_t7","io_files_b1","io_files_u","io_files_rp","io_files_lines","io_files_enc"):
    os.remove(p)
