def kernel(n):
    total = 0
    i = 0
    while i < n:
        total += i * i % 7
        i += 1
    return total

print(kernel(5000))
