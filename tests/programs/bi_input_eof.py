import sys

print("asking for input")
try:
    line = input()
    print("got", repr(line))
except EOFError as e:
    print("EOFError:", e)
    print(repr(e), e.args, isinstance(e, Exception))
try:
    input("prompt> ")
except EOFError as e:
    print()
    print("EOFError with prompt:", e)


def read_all():
    lines = []
    while True:
        try:
            lines.append(input())
        except EOFError:
            break
    return lines


print(read_all())
print(repr(sys.stdin.readline()), repr(sys.stdin.read()), sys.stdin.readlines())
for line in sys.stdin:
    print("never", line)
print("stdin loop over /dev/null done")
