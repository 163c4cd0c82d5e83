import itertools
# CPython: TypeError / OverflowError immediately; pyjit: hangs (timeout)
try:
    print(list(itertools.repeat(1, None)))
except TypeError as e:
    print("TypeError", e)
