# list index out of range
lst = [10, 20, 30]
print(lst[2], lst[-3], lst[-1], lst[0])
print(lst[5:], lst[-10:1], lst[1:100])
for i in range(5):
    print(i, lst[i])
