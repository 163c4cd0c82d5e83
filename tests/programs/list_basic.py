a = [1, 2, 3]
b = []
print(a, b, len(a), len(b), [[]], [[], [1]], [None, True, 'x', 1.5])
print(a + [4, 5], a * 2, [0] * 5, 2 * [7], [] * 10, a * 0, a * -1)
print(a[0], a[-1], a[1], a[-3])
print(a == [1, 2, 3], a != [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9])
print(2 in a, 5 in a, 5 not in a, [1] in [[1], 2], 'a' in ['a', 'b'])
a.append(4)
print(a)
a.extend([5, 6])
a.extend((7,))
print(a)
a.insert(0, 0)
a.insert(-1, 'x')
a.insert(100, 'end')
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(5)
print(a, a.index(4), a.count(2), [1, 2, 1, 1].count(1))
a.reverse()
print(a)
a.sort()
print(a)
c = [3, 1, 2]
c.sort(reverse=True)
print(c)
words = ['pear', 'fig', 'banana', 'kiwi']
words.sort(key=len)
print(words)
print(sorted(words), sorted(words, key=len, reverse=True), words)
d = a
d.append(99)
print(a is d, a, d)
e = a[:]
e.append(100)
print(a == e, len(a), len(e))
nested = [[1, 2], [3, 4]]
nested[0].append(5)
print(nested, nested[1][0], nested[-1][-1])
m = [[0] * 3 for _ in range(3)]
m[1][1] = 5
print(m)
alias = [[0] * 2] * 2
alias[0][0] = 9
print(alias)
print(list(), list('ab'), list(range(3)), list((1, 2)), list([5]))
print(bool([]), bool([0]), isinstance([], list), type([]))
f = [1, 2]
f += [3]
f *= 2
print(f)
print(a.index(99), [5, 6, 7].index(7))
