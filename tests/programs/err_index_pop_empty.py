# pop from empty list
stack = [1, 2]
print(stack.pop(), stack.pop(0))
print(stack, len(stack))
stack.append(3)
print(stack.pop(-1))
stack.pop()
