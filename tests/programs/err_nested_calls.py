# exception raised three calls deep, after some output
def parse(tokens):
    out = []
    for t in tokens:
        out.append(convert(t))
        print('converted', t, '->', out[-1])
    return out
def convert(tok):
    return 100 // weight(tok)
def weight(tok):
    return len(tok) - 3
print('start')
print(parse(['abcd', 'abcdef', 'ab', 'abc', 'x']))
print('never')
