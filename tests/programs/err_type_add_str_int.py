# str + int
parts = []
for i in range(3):
    parts.append('n' + str(i))
print(parts, ''.join(parts))
msg = 'count: '
n = 5
print(msg + str(n))
print(msg + n)
