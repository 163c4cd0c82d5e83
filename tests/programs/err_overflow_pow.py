# float ** overflow (message is errno-style)
print(2.0 ** 100, 2 ** 10000 > 0)
print(2.0 ** 1000, 10.0 ** 308)
print(2.0 ** 10000)
