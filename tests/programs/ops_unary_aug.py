x = 5
print(-x, +x, ~x, not x, --x, -(-x), ~~x, -~x, ~-x)
f = 2.5
print(-f, +f, not f, -(-f), -0.0, +(-0.0))
print(-True, +False, ~False)
n = 10
n += 1; n -= 2; n *= 3
print(n)
n //= 4; n **= 2
print(n)
n %= 7; n <<= 4; n >>= 1
print(n)
n &= 0b1100; n |= 1; n ^= 0b101
print(n)
s = 'ab'
s += 'cd'
s *= 2
print(s)
lst = [1, 2, 3]
lst[0] += 10
lst[-1] *= 5
lst[1] **= 10
print(lst)
d = {'a': 1, 'b': [1]}
d['a'] += 1
d['a'] *= 10
d['b'] += [2]
d['b'] *= 2
print(d)
m = [[0, 0], [0, 0]]
m[1][0] += 7
m[0][1] -= 3
print(m)
cnt = {}
for ch in 'hello world':
    cnt[ch] = cnt.get(ch, 0)
    cnt[ch] += 1
print(cnt)
i = 0
k = [0, 0, 0]
while i < 3:
    k[i] += i * 2
    i += 1
print(k, i)
big = 1
for _ in range(10):
    big *= 1000003
big -= 1
big //= 7
print(big)
v = 1.5
v += 1
v *= -2
v //= 2
v %= 3
print(v)
t = (1, 2)
t += (3,)
t *= 2
print(t)
