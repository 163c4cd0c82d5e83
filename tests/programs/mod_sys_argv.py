# args: --count 3 -v input.txt "quoted" 
import sys

print(sys.argv[0].endswith("mod_sys_argv.py"))
args = sys.argv[1:]
print(args, len(args))
opts = {}
positional = []
i = 0
while i < len(args):
    a = args[i]
    if a.startswith("--"):
        opts[a[2:]] = args[i + 1]
        i += 2
    elif a.startswith("-"):
        opts[a[1:]] = True
        i += 1
    else:
        positional.append(a)
        i += 1
print(sorted(opts.items(), key=str), positional)
print(int(opts["count"]) * 2, all(isinstance(x, str) for x in sys.argv))
sys.argv.append("added")
print(sys.argv[-1], len(sys.argv))
print(type(sys.argv).__name__)
