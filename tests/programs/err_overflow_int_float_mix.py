# huge int combined with a float
print(2 ** 1000 * 1.0 > 0)
print(2 ** 1024 * 1.0)
