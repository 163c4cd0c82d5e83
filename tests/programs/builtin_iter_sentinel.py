# iter(callable, sentinel) calls until the sentinel comes back.
state = [0]
def step():
    state[0] += 1
    return state[0]
print(list(iter(step, 5)), state)
it = iter(step, 8)
print(next(it), next(it), list(it), next(it, 'done'))
data = [3, 1, 4, 1, 5]
print(list(iter(data.pop, 4)), data)
print(type(iter(step, 0)).__name__)
iter(5, 1)
