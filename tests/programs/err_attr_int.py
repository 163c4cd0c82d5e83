# attribute lookup on an int
x = 1
print(x + 1, -x, x * 2)
print((1).foo)
