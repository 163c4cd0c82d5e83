s = list(range(10))
print(s[::2], s[1::2], s[::3], s[2:8:2])
print(s[::-1], s[::-2], s[8:2:-2], s[-1:-5:-1])
print(s[-3:], s[:-3], s[-100:3], s[7:100], s[5:2], s[2:5:-1])
print(s[100:], s[-1:0:-3], s[:0:-1], s[0:0:-1])
print(s[None:None:None], s[slice(2, None, 4)])
t = tuple(s)
print(t[1:4], t[::-3], type(t[::2]).__name__)
st = "abcdefghij"
print(st[::2], st[::-1], st[-2::-3], st[3:1], st[1:9:3])
r = range(20)
print(r[::5], list(r[::5]), r[10:2:-3], list(r[10:2:-3]), r[-3:])
b = b"abcdef"
print(b[::2], b[::-1], b[1:4])
for step in [1, 2, 3, -1, -2, -3]:
    print(step, s[::step], "abc"[::step])
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
copy = s[:]
print(copy == s, copy is s)
print(s[3:3], s[-0:], len(s[1:-1]))
nested = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[::-1] for row in nested[::-1]])
print([row[1] for row in nested][::2])
print("hello"[1:-1][::-1], "x"[5:], ""[::-1])
big = list(range(100))
print(big[5:95:17], big[-7::-25])
i, j = 2, 7
print(s[i:j], s[j:i:-1], s[i:j][::-1])
