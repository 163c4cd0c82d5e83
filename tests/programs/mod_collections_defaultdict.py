from collections import defaultdict

groups = defaultdict(list)
for word in ["apple", "bat", "avocado", "cat", "banana"]:
    groups[word[0]].append(word)
print(groups)
print(dict(groups), groups["z"], len(groups))
print(sorted(groups))
counts = defaultdict(int)
for ch in "hello world":
    counts[ch] += 1
print(sorted(counts.items()))
print(counts["missing"], "missing" in counts, counts.get("other"), "other" in counts)
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 1
nested["a"]["y"] += 2
nested["b"]["x"] += 3
print({k: dict(v) for k, v in nested.items()})
s = defaultdict(set)
s["k"].add(1)
s["k"].add(1)
s["j"].add(2)
print(dict(s))
plain = defaultdict()
try:
    plain["x"]
except KeyError as e:
    print("KeyError:", e)
print(plain.default_factory, groups.default_factory, counts.default_factory)
dd = defaultdict(str, {"a": "A"})
print(dd["a"], repr(dd["b"]), dict(dd))
dd.default_factory = lambda: "made"
print(dd["c"])
graph = defaultdict(list)
for a, b in [(1, 2), (1, 3), (2, 3), (3, 1)]:
    graph[a].append(b)
print(dict(graph), graph[4], list(graph))
print(isinstance(graph, dict), type(graph).__name__)
c = counts.copy()
c["h"] = 100
print(counts["h"], c["h"], type(c).__name__)
print(defaultdict(list, a=[1]))
