from collections import deque

d = deque([1, 2, 3])
print(d, len(d), d[0], d[-1])
d.append(4)
d.appendleft(0)
print(d)
print(d.pop(), d.popleft(), d)
d.extend([4, 5])
d.extendleft([-1, -2])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(0)
print(d, list(d), d.index(3), d.count(1))
d.remove(3)
d.reverse()
print(d)
d.insert(1, "ins")
print(d, "ins" in d)
d[0] = "first"
del d[1]
print(d)
b = deque(maxlen=3)
for i in range(6):
    b.append(i)
    print("append", i, "->", list(b))
b.appendleft("L")
print(b, b.maxlen)
b.extend("xy")
print(b)
empty = deque()
for op in (empty.pop, empty.popleft):
    try:
        op()
    except IndexError as e:
        print("IndexError:", e)
window = deque(maxlen=3)
sums = []
for x in [1, 2, 3, 4, 5, 6]:
    window.append(x)
    sums.append(sum(window))
print(sums)
q = deque()
q.append("a")
q.append("b")
out = []
while q:
    item = q.popleft()
    out.append(item)
    if len(item) < 3:
        q.append(item + "+")
print(out)
c = d.copy()
c.clear()
print(c, d, deque("abc") == deque("abc"), deque([1]) + deque([2]), deque([1, 2]) * 2)
print(deque(range(10), maxlen=4), repr(deque()))
