# Truth tests of containers in traces (`while stack:`, `if not seen:`), as their lengths
# change inside and outside the trace.


def drain(n):
    stack = list(range(n))
    total = 0
    while stack:
        total += stack.pop() if len(stack) % 3 else stack[-1]
        if len(stack) % 3 == 0 and stack:
            stack.pop()
    return total


def checks(n):
    d = {}
    s = ""
    t = ()
    hits = [0, 0, 0, 0]
    for i in range(n):
        if d:
            hits[0] += 1
        if not s:
            hits[1] += 1
        if t:
            hits[2] += 1
        if not d and not t:
            hits[3] += 1
        if i == n // 2:
            d[i] = 1
            s = "x"
        if i == n - 10:
            t = (1,)
            d.clear()
    return hits


print(drain(5000))
print(checks(3000))
