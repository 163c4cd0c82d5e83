# arithmetic on None
def maybe(v):
    if v > 0:
        return v * 10
results = [maybe(v) for v in [1, 2, -1]]
print(results)
total = 0
for r in results:
    total += r
    print('total', total)
