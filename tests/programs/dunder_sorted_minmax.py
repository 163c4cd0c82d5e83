class Task:
    def __init__(self, pri, name):
        self.pri = pri
        self.name = name

    def __lt__(self, o):
        return self.pri < o.pri

    def __repr__(self):
        return "%s:%d" % (self.name, self.pri)


tasks = [Task(3, "c"), Task(1, "a"), Task(2, "b"), Task(1, "a2"), Task(3, "c2")]
print(sorted(tasks))
print(sorted(tasks, reverse=True))
print(min(tasks), max(tasks))
print(min(tasks, key=lambda t: t.name), max(tasks, key=lambda t: t.name))
tasks.sort()
print(tasks)
print(max(Task(5, "x"), Task(5, "y")), min(Task(5, "x"), Task(5, "y")))
print(sorted([Task(2, "q")] + tasks, key=lambda t: (-t.pri, t.name)))
print(Task(1, "a") > Task(0, "b"))


class OnlyGt:
    def __init__(self, v):
        self.v = v

    def __gt__(self, o):
        return self.v > o.v

    def __repr__(self):
        return "G%d" % self.v


print(sorted([OnlyGt(3), OnlyGt(1), OnlyGt(2)]))
print(max([OnlyGt(3), OnlyGt(7), OnlyGt(2)]))


class NoOrder:
    pass


try:
    sorted([NoOrder(), NoOrder()])
except TypeError as e:
    print("TypeError:", e)
try:
    max(NoOrder(), NoOrder())
except TypeError as e:
    print("TypeError:", e)
print(min([], default="empty"), max([Task(9, "z")], default=None))
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
import heapq
h = []
for t in [Task(4, "d"), Task(2, "b"), Task(5, "e"), Task(1, "a")]:
    heapq.heappush(h, t)
print([heapq.heappop(h) for _ in range(len(h))])
