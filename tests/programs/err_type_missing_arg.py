# missing required positional arg
def area(w, h):
    return w * h
print(area(2, 3), area(w=4, h=5))
shapes = [(1, 1), (2, 5), (7,)]
for s in shapes:
    print('shape', s)
    print(area(*s))
