counter = 0
def incr():
    global counter
    counter += 1
    return counter
incr(); incr()
print(counter, incr())
def set_new():
    global created
    created = 'made in function'
set_new()
print(created)
x = 'global x'
def shadow():
    x = 'local x'
    return x
print(shadow(), x)
def reads_global():
    return x
print(reads_global())
g_list = []
def mutate():
    g_list.append(len(g_list))
mutate(); mutate(); mutate()
print(g_list)
def swap_globals():
    global p, q
    p, q = q, p
p, q = 'P', 'Q'
swap_globals()
print(p, q)
def loop_global():
    global counter
    for i in range(5):
        counter += i
loop_global()
print(counter)
