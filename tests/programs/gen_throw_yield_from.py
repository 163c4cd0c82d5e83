def sub():
    try:
        yield "s1"
    except ValueError:
        yield "sub handled"
    return "sub-ret"
def dele():
    r = yield from sub()
    yield ("got", r)
d = dele()
print(next(d))
print(d.throw(ValueError("x")))
print(next(d))
def sub2():
    try:
        yield 1
    except KeyError:
        return "ret-from-throw"
def dele2():
    r = yield from sub2()
    yield r
g = dele2()
print(next(g), g.throw(KeyError("k")))
def sub3():
    yield 1
def dele3():
    try:
        yield from sub3()
    except IndexError as e:
        yield "outer caught " + str(e)
g = dele3()
print(next(g), g.throw(IndexError("i")))
