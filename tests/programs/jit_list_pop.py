# list.pop() and list.pop(i) in traces: stacks and queues draining, a pop from an empty
# list raising IndexError after many pops in the trace, and an index out of range.


def stack(n):
    st = list(range(n))
    total = 0
    while st:
        total += st.pop()
        if len(st) % 7 == 0 and st:
            total -= st.pop(0)
    return total


def queue(n):
    q = [0]
    seen = 0
    while q and seen < n:
        x = q.pop(0)
        seen += 1
        q.append(x + 1)
        if x % 3 == 0:
            q.append(x + 2)
    return seen, len(q), q[:3]


def empty(n):
    items = list(range(n))
    got = 0
    try:
        for i in range(n + 5):
            got += items.pop()
    except IndexError as e:
        print("IndexError", e, got)
    try:
        items = [1, 2, 3]
        for i in range(3000):
            items.append(i)
            got += items.pop(-2 if i < 2990 else 10**3)
    except IndexError as e:
        print("IndexError", e, got)


print(stack(5000))
print(queue(3000))
empty(3000)
