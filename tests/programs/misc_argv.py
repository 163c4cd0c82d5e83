# args: alpha 42 -x --flag=3 last
import sys
args = sys.argv[1:]
print(args)
print(len(sys.argv), len(args))
print(sys.argv[0].endswith('misc_argv.py'))
total = 0
for a in args:
    if a.isdigit():
        total += int(a)
print('numeric total', total)
print([a for a in args if a.startswith('-')])
print(' '.join(reversed(args)))
