# Membership tests in traces: str and small-int probes in dicts, sets, lists and tuples,
# with containers that later hold equal values of other types (1.0, True), which the trace
# cannot decide by itself.


def f(n):
    words = {"a": 1, "b": 2, "c": 3}
    nums = {1, 2, 3, 5, 8}
    lst = [10, 20, "x", 30]
    tup = ("p", "q", 7)
    hits = [0, 0, 0, 0, 0]
    for i in range(n):
        k = "abcd"[i % 4]
        if k in words:
            hits[0] += 1
        if i % 10 in nums:
            hits[1] += 1
        if i % 40 not in lst:
            hits[2] += 1
        if "q" in tup and i % 7 in tup:
            hits[3] += 1
        if i == n - 300:
            nums.add(4.0)
            lst.append(True)
            words[1.5] = 0
        if i == n - 200:
            lst.insert(0, 5.0)
        if k in ("a", "d"):
            hits[4] += 1
    return hits


print(f(3000))


def vowels(text, n):
    count = 0
    for _ in range(n):
        for ch in text:
            if ch in "aeiou":
                count += 1
            elif ch in "xyz" or "é" in ch:
                count += 100
    return count


print(vowels("the quick brown fox jumps over the lazy dog, déjà vu", 200))
