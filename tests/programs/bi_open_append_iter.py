import os

path = "/tmp/pyjit_test_open_append.txt"
if os.path.exists(path):
    os.remove(path)
with open(path, "a") as f:
    f.write("one\n")
with open(path, "a") as f:
    f.write("two\n")
    f.write("three\n")
with open(path) as f:
    print(f.readlines())
with open(path, "a") as f:
    for i in range(3):
        print("line", i, file=f)
count = 0
total_len = 0
with open(path) as f:
    for line in f:
        count += 1
        total_len += len(line)
print(count, total_len)
with open(path) as f:
    first = next(f)
    rest = list(f)
print(repr(first), rest)
with open(path) as f:
    it = iter(f)
    print(it is f, next(it).strip())
with open(path) as f:
    print(sum(1 for _ in f), f.read() == "")
with open(path, "w") as f:
    f.write("a\n\nb\n  \nc")
with open(path) as f:
    nonblank = [l.strip() for l in f if l.strip()]
print(nonblank)
with open(path) as f:
    print(f.readline(), end="")
    print(repr(f.readline()))
    print(f.readlines())
with open(path) as f:
    data = f.read()
print(data.count("\n"), data.split("\n"))
words_path = "/tmp/pyjit_test_open_words.txt"
with open(words_path, "w") as out:
    for w in ["pear", "apple", "fig", "apple"]:
        out.write(w + "\n")
freq = {}
with open(words_path) as inp:
    for line in inp:
        w = line.strip()
        freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items()))
with open(words_path) as a, open(path) as b:
    print(a.readline().strip(), b.readline().strip())
os.remove(path)
os.remove(words_path)
print(os.path.exists(path), os.path.exists(words_path))
