class E(Exception):
    def __init__(self):
        super().__init__("default message")
        self.code = 5
try:
    raise E
except E as e:
    print(repr(e), getattr(e, "code", "NO CODE"))
class NeedsArgs(Exception):
    def __init__(self, a, b):
        super().__init__(a, b)
try:
    raise NeedsArgs
except TypeError as e:
    print("TypeError", e)
except NeedsArgs as e:
    print("raised without calling __init__:", repr(e))
