"""Helper module: shared registry state for the import-cache test (prints nothing)."""

count = 0
names = []


def record(name):
    global count
    count += 1
    names.append(name)
    return count
