import heapq

h = []
for v in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, v)
    print("push", v, "->", h[0], len(h))
print(h == sorted(h) or "heap order is not sorted order", h[0])
out = [heapq.heappop(h) for _ in range(len(h))]
print(out)
data = [7, 3, 9, 1, 4]
heapq.heapify(data)
print(data, data[0])
print(heapq.heappushpop(data, 0), heapq.heappushpop(data, 5), data[0])
print(heapq.heapreplace(data, 10), sorted(data))
nums = [15, 3, 42, 8, 23, 4, 16]
print(heapq.nlargest(3, nums), heapq.nsmallest(3, nums))
words = ["banana", "kiwi", "apple", "fig", "cherry"]
print(heapq.nlargest(2, words, key=len), heapq.nsmallest(2, words, key=len))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])))
print(list(heapq.merge(["a", "c"], ["b"], key=str)))
tasks = []
heapq.heappush(tasks, (2, "write"))
heapq.heappush(tasks, (1, "plan"))
heapq.heappush(tasks, (3, "test"))
heapq.heappush(tasks, (1, "coffee"))
while tasks:
    pri, name = heapq.heappop(tasks)
    print(pri, name)
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
maxh = []
for v in [3, 1, 4, 1, 5]:
    heapq.heappush(maxh, -v)
print([-heapq.heappop(maxh) for _ in range(3)])


def dijkstra(graph, src):
    dist = {src: 0}
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in graph[u]:
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                heapq.heappush(pq, (nd, v))
    return dist


g = {"a": [("b", 4), ("c", 1)], "b": [("d", 1)], "c": [("b", 2), ("d", 5)], "d": []}
print(sorted(dijkstra(g, "a").items()))
