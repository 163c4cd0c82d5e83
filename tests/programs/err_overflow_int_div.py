# true division of huge ints
print(10 ** 300 / 10 ** 290, 10 ** 400 // 3 > 0, (10 ** 400) / (10 ** 399))
print(10 ** 400 / 3)
