def check(x):
    assert x > 0, "x must be positive, got %d" % x
    return x * 2


print(check(3))
try:
    check(-1)
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert False
except AssertionError as e:
    print("no message:", repr(e), e.args)
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print("list message:", e.args[0], str(e))
assert True, "never evaluated " + undefined_name_here
assert 1 == 1
assert "nonempty"
calls = []


def msg():
    calls.append(1)
    return "lazy message"


assert True, msg()
try:
    assert 0, msg()
except AssertionError as e:
    print(e, calls)
try:
    assert None, 42
except AssertionError as e:
    print(repr(e))


def invariant(lst):
    for a, b in zip(lst, lst[1:]):
        assert a <= b, (a, b)
    return "sorted"


for lst in [[1, 2, 3], [1, 3, 2], []]:
    try:
        print(invariant(lst))
    except AssertionError as e:
        print("out of order:", e.args[0])
print(issubclass(AssertionError, Exception))
