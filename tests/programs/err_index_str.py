# string index out of range
s = 'abc'
print(s[2], repr(s[5:]), s[-1], s[-3], s[::-1])
for i in range(-3, 3):
    print(i, s[i])
print(s[10])
