s = "hello"
t = 'world'
print(s + ' ' + t, s * 3, 3 * t, s * 0, s * -2, '' * 5)
print(len(s), len(''), len('a\tb\n'), len('héllo'), len('日本語'))
print(s[0], s[4], s[-1], s[-5], '日本語'[1])
print(s == 'hello', s != 'hello', s < t, 'abc' < 'abd', 'ab' < 'abc', 'B' < 'a', '' < 'a')
print('a' <= 'a' < 'b', 'Z' > 'A', 'apple' > 'app')
print('ell' in s, 'xyz' in s, '' in s, 'h' not in s, 'lo' in s)
print(repr(s), repr('it\'s'), repr("say \"hi\""), repr('both \' and "'), repr('tab\tnl\n\\'))
print(repr(''), repr('\x00\x7f'), repr('é'), repr('\u200b'))
print(str(None), str(True), str(12), str(-1.5), str('x'), str([1, 'a']), str(('a',)))
print('multi\nline')
print("a\\b", r"raw\n", 'x' 'y' "z")
print("""triple
quoted""")
print(s.upper(), 'MiXeD'.lower(), 'Hello World'.upper())
u = ''
for ch in 'abc':
    u = ch + u
print(u)
print(list('abc'), tuple('xy'), sorted('banana'), max('hello'), min('hello'))
print(str(), bool(''), bool(' '), 'a' * 3 + 'b' * 2)
print(ord('€'), chr(8364), chr(0x1F600) == '\U0001F600', len(chr(0x1F600)))
print(isinstance('x', str), type('x'), 'abc' == 'ab' + 'c')
x = 'a'
x += 'b'
x *= 3
print(x)
for c in 'hi!':
    print(c, ord(c))
