def make_counter(start=0, step=1):
    count = start
    def counter():
        nonlocal count
        count += step
        return count
    return counter
c1 = make_counter()
c2 = make_counter(100, -5)
print(c1(), c1(), c2(), c1(), c2(), c2())
def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1), make_adder(-1)(0))
funcs = []
for i in range(4):
    def f():
        return i
    funcs.append(f)
print([fn() for fn in funcs])
funcs2 = []
for i in range(4):
    funcs2.append(make_adder(i))
print([fn(0) for fn in funcs2])
def outer():
    fs = []
    for j in range(3):
        fs.append(lambda: j * 10)
    j = 99
    return fs
print([fn() for fn in outer()])
def make_stack():
    items = []
    def push(x):
        items.append(x)
        return len(items)
    def pop():
        return items.pop()
    def peek():
        return items[-1] if items else None
    return push, pop, peek
push, pop, peek = make_stack()
push(1); push(2); push(3)
print(pop(), peek(), pop(), pop(), peek())
