import sys

print("a", "b", "c", sep="")
print("a", "b", "c", sep=" :: ")
print(1, 2, 3, sep="\n")
print("no newline", end="")
print(" <- continued", end=" END\n")
print("x", "y", sep=", ", end=".\n")
print("to stderr (not compared)", file=sys.stderr)
print("stdout explicit", file=sys.stdout)
print("err with sep", "and end", sep="|", end="!\n", file=sys.stderr)
print(*["unpacked", "list"], sep="+")
print(*range(3), *"ab", sep=",")
print()
print("", end="")
print("after empty end")
print(None, sep=None, end=None)
for i in range(3):
    print(i, end=" " if i < 2 else "\n")
print("tab", "sep", sep="\t")
print([1, "two"], (3,), {"k": None}, sep=" # ")
parts = []


class Collector:
    def write(self, s):
        parts.append(s)
        return len(s)

    def flush(self):
        parts.append("<flush>")


c = Collector()
print("into", "collector", file=c)
print("second", end="", file=c, flush=True)
print(parts)
print("flush ok", flush=True)
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", end=[])
except TypeError as e:
    print("TypeError:", e)
sys.stdout.write("direct write ")
sys.stdout.write("no auto newline\n")
print("%s and %s" % ("percent", "format"), "{}".format("fmt"), f"{'f'}-string")
print("multi\nline\nstring")
print("unicode ✓ é 日本")
print(1.0, 1e20, 1e-5, -0.0, 10 ** 20, True, None, sep="|")
