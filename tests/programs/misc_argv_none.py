import sys
# no `# args:` line: argv is just the script path
print(sys.argv[1:], len(sys.argv))
print(type(sys.argv), isinstance(sys.argv[0], str))
print(sys.argv[0].endswith('.py'), sys.argv[0].split('/')[-1])
n = int(sys.argv[1]) if len(sys.argv) > 1 else 10
print('n =', n)
print(sum([i for i in range(n)]))
for i, a in enumerate(sys.argv[1:]):
    print('never', i, a)
print('done')
