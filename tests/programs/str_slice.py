s = 'abcdefghij'
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-1], s[8:2:-3], s[2:8:-1])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[3:100], repr(s[10:]))
print(s[0:10:3], s[-1:-11:-1], s[-1::-4], s[:0:-1])
print(repr(''[::-1]), repr(''[1:2]), 'x'[::-1])
for i in range(-3, 4):
    print(i, s[i:], s[:i], s[i::3])
u = '日本語テキスト'
print(u[1:4], u[::-1], u[::2], len(u[2:]))
print(s[1:9][::2][1:], s[len(s) // 2:])
a, b = 2, 6
print(s[a:b], s[b:a:-1], s[a:b:2])
print(s[None:3], s[3:None], s[::None])
