"""Helper module for spec_module_attr.py (prints nothing when run directly)."""

VALUE = 1
pi = "helper-pi"
calls = 0


def f(x):
    global calls
    calls += 1
    return x + VALUE


def set_value(v):
    global VALUE
    VALUE = v


def get_value():
    return VALUE


def drop_value():
    global VALUE
    del VALUE


class Box:
    kind = "box"

    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    def scale(self, x):
        return self.v * x
