# ord() computed in traces, including a string of another length that must raise.
def f(s, n):
    t = 0
    for i in range(n):
        t += ord(s[i % len(s)])
    return t
print(f("hello wörld", 3000))
try:
    xs = ["a", "b", "cd"]
    t = 0
    for i in range(3000):
        t += ord(xs[0] if i < 2990 else xs[2])
except TypeError as e:
    print("TypeError", e, t)
