# Loops at module level, where every variable is a global (LOAD_NAME / STORE_NAME): reads
# and writes of the same names in one iteration, a name rebound to another type, a new
# global created mid-loop, and a global written through globals() in the loop.
total = 0
acc = 0.0
for i in range(5000):
    total = total + i
    acc += i * 0.5
    if i == 4000:
        acc = int(acc)
    if i == 4500:
        fresh = 1
    if i > 4500:
        fresh += 1
print(total, acc, fresh)

g = globals()
count = 0
for j in range(3000):
    count += 1
    if j % 1000 == 999:
        g["count"] = count * 2
print(count)

words = ["a", "bb", "ccc"]
lengths = 0
for k in range(3000):
    lengths += len(words[k % 3])
print(lengths)
