"""Helper module: an exception class and functions that raise it (prints nothing)."""


class HelperError(Exception):
    pass


class DetailedError(HelperError):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code


def check(value):
    if value < 0:
        raise DetailedError(value)
    return value


def run_all(values):
    return [check(v) for v in values]
