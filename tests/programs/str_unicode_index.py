# Indexing, slicing, find and iteration on non-ASCII strings (each O(1)-ish, not O(n)).
s = ('héllo wörld ' * 25000)
n = 0
for ch in s:
    if ch == 'ö':
        n += 1
t = 0
for i in range(0, len(s) - 3, 7):
    if s[i:i+3] == 'llo':
        t += 1
    if s[i] == 'h':
        t += 1
p = s.find('w', 1000)
c = 0
while p != -1 and c < 20000:
    p = s.find('w', p + 1)
    c += 1
print(n, t, c, len(list(s)), len(set(s)), s[-5:], s[123456])
