def classify(n):
    if n < 0:
        if n < -100:
            return 'very negative'
        return 'negative'
    elif n == 0:
        return 'zero'
    else:
        if n % 2 == 0:
            if n > 100:
                return 'big even'
            return 'even'
        return 'odd'
print([classify(v) for v in [-500, -5, 0, 4, 200, 7]])
grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
for r, row in enumerate(grid):
    for c, v in enumerate(row):
        if v % 2 == 0:
            continue
        if v == 9:
            break
        print(r, c, v)
    else:
        print('row', r, 'complete')
i = 0
out = []
while i < 4:
    j = 0
    while j < 4:
        if j > i:
            break
        out.append((i, j))
        j += 1
    i += 1
print(out, len(out))
n = 0
while True:
    n += 1
    if n % 7:
        continue
    if n > 30:
        break
print('n', n)
for x in range(3):
    if x == 1: pass
    else: print('x', x)
state = 'start'
trace = []
steps = 0
while state != 'end' and steps < 20:
    trace.append(state)
    if state == 'start':
        state = 'a'
    elif state == 'a':
        state = 'b' if len(trace) < 4 else 'end'
    elif state == 'b':
        state = 'a'
    steps += 1
print(trace, state)
