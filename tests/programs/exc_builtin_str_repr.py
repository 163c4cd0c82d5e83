cases = [
    ValueError("bad value"),
    ValueError(),
    ValueError("a", 2),
    TypeError("t"),
    KeyError("key"),
    KeyError(42),
    KeyError(),
    KeyError("a", "b"),
    IndexError("list index out of range"),
    ZeroDivisionError("division by zero"),
    RuntimeError(None),
    Exception(""),
    Exception([1, "x"]),
    StopIteration(5),
    AttributeError("no attr"),
    OSError("io"),
    NotImplementedError("todo"),
    AssertionError("x", "y"),
]
for e in cases:
    print(type(e).__name__, "| str:", str(e), "| repr:", repr(e), "| args:", e.args)
print(StopIteration(5).value, StopIteration().value)
caught = []
zero = 0
thunks = [
    lambda: 1 / zero,
    lambda: [][3],
    lambda: {}["z"],
    lambda: int("q"),
    lambda: None.x,
    lambda: undefined_name,
    lambda: "a" + 1,
    lambda: (1, 2)[5],
    lambda: 1 % zero,
    lambda: "abc".index("z"),
]
for thunk in thunks:
    try:
        thunk()
    except Exception as e:
        caught.append((type(e).__name__, str(e)))
for c in caught:
    print(c)
try:
    {"k": 1}["K"]
except KeyError as e:
    print(e, repr(e), e.args[0])
try:
    raise KeyError("it's")
except KeyError as e:
    print(e)
try:
    [].pop()
except IndexError as e:
    print(repr(e))
try:
    float("1.2.3")
except ValueError as e:
    print(repr(e))
print(isinstance(ValueError(), BaseException), ValueError.__bases__, KeyError.__mro__)
