total = 0
for i in range(10):
    if i % 2 == 0 and i > 2:
        continue
    total += i * 2
while total > 5:
    total -= 3
else:
    print(total)
