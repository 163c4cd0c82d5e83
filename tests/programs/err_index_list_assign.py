# list assignment index out of range
lst = [0, 0]
lst[0] = 1
lst[-1] = 2
print(lst)
lst[5:] = [9]
print(lst)
lst[3] = 7
