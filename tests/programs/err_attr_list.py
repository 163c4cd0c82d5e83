# unknown list method
lst = [3, 1]
lst.sort()
lst.append(4)
print(lst)
lst.push(5)
