import sys
print("to stdout")
print("to stderr", 42, file=sys.stderr)
n = sys.stdout.write("written\n")
print(n, sys.version_info >= (3, 8), sys.version_info[0], sys.stdout is sys.__stdout__)
sys.stderr.write("err line\n")
print("end", file=sys.stdout, flush=True)
print(repr(sys.stdout))
