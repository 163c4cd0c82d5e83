# method call on None (e.g. result of list.sort())
lst = [3, 1, 2]
res = lst.sort()
print(lst, res)
res.append(4)
