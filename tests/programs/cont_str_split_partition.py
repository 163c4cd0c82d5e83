s = "a,b,,c,d"
print(s.split(","), s.split(",", 1), s.split(",", 2), s.split(",", 0), s.split(",", -1))
print(s.rsplit(",", 1), s.rsplit(",", 2), s.rsplit(","))
w = "  one two   three  "
print(w.split(), w.split(None, 1), w.rsplit(None, 1), w.split(" "))
print("".split(), "".split(","), "   ".split(), "x".split("x"))
print("a--b--c".split("--"), "a--b--c".rsplit("--", 1), "abc".split("abc"))
print("line1\nline2\r\nline3\n".splitlines(), "a\n\nb".splitlines(), "x\ny\n".splitlines(True))
print("key=value=more".partition("="), "key=value=more".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))
print("a.b.c".partition("."), "a.b.c".rpartition("."), "".partition("x"))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
try:
    "abc".partition("")
except ValueError as e:
    print("ValueError:", e)
path = "/usr/local/lib/python3.11/site.py"
head, _, tail = path.rpartition("/")
print(head, tail, tail.rpartition(".")[0])
print(path.split("/")[1:3], path.count("/"), path.find("lib"), path.rfind("/"), path.find("zz"))
csv = "name, age , city"
print([f.strip() for f in csv.split(",")])
print("1 2  3".split(" "), "1\t2\n3 4".split())
print("a b c d e".split(maxsplit=2), "a b c d e".rsplit(maxsplit=2))
print("k1=v1;k2=v2;k3".split(";"))
print(dict(kv.split("=") for kv in "k1=v1;k2=v2".split(";")))
print("-".join("abc"), ", ".join(["x", "y"]), "".join([]), " ".join(map(str, [1, 2, 3])))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
print("hello world".title(), "Hello".swapcase(), "abc".startswith(("x", "a")), "abc".endswith("bc"))
print("  pad ".strip(), "xxhixx".strip("x"), "  l".lstrip(), "r  ".rstrip() + "|", "abcba".strip("ab"))
print("hello".replace("l", "L"), "hello".replace("l", "L", 1), "aaa".replace("a", "bb"))
print("Hello".removeprefix("He"), "Hello".removesuffix("lo"), "Hello".removeprefix("x"))
