"""Helper module with mutable module-level state (prints nothing)."""

counter = 0
items = []
config = {"mode": "default"}


def bump():
    global counter
    counter += 1
    return counter


def add(x):
    items.append(x)
    return len(items)


def get_counter():
    return counter


def set_mode(m):
    config["mode"] = m


def whose_name():
    return __name__
