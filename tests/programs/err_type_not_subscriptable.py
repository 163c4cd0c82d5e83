# subscripting an int
n = 10
print([n][0], (n,)[0], str(n)[0], {n: 'v'}[n])
data = [[1, 2], 3]
for item in data:
    print('first of', item)
    print(item[0])
