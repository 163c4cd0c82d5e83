"""Helper module whose import has a visible side effect (prints at import time)."""
print("imp_helper_noisy: top level running, __name__ =", __name__)
TOKEN = "noisy-token"


def hello():
    return "hello from noisy"


print("imp_helper_noisy: top level done")
