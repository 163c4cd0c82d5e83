print('a\tb\nc  d\r\ne\x0bf\x0cg'.split())
print(' a b '.split(' '), 'a  b'.split(' '), ''.split(' '), ' '.split(' '))
print('1,2,3'.split(',', 1), '1,2,3'.split(',', 5), ',,'.split(','), 'abc'.split('abc'))
print('  x  y  z  '.split(None, 1), '  x  y  z  '.split(None, 0), 'x y'.split(maxsplit=0))
print('one two three'.split(maxsplit=1), 'a-b-c'.split(sep='-', maxsplit=1))
print('aXbXc'.split('X'), 'aXXb'.split('XX'), 'XaX'.split('X'))
print(''.join(['x']), ','.join([]), ''.join('abc'), '\n'.join(['l1', 'l2']))
print('  pad  '.strip(' p'), 'xyxzyx'.strip('xy'), 'abc'.strip(''), '   '.strip())
print('www.example.com'.lstrip('cmowz.'), 'mississippi'.rstrip('ips'), '!!hi!!'.strip('!'))
print('abcabc'.find('c', 3), 'abcabc'.find('c', 6), 'abc'.find('a', -1), 'abcabc'.find('b', -3))
print('aaa'.count('a', 1), 'hello'.startswith('ll', 2), 'hello'.endswith('ll', 0, 4))
print('a-b_c d'.replace('-', ' ').replace('_', ' ').split())
csv = 'name,age,city\nann,30,paris\nbob,25,rome'
rows = [line.split(',') for line in csv.split('\n')]
header, *data = rows
print(header, data)
print([dict(zip(header, r)) for r in data])
print('x=1;y=2;;z=3'.split(';'), [kv.split('=') for kv in 'x=1;y=2'.split(';')])
