"""Helper module for imp_* tests: small geometry utilities (prints nothing)."""

__all__ = ["area", "Shape", "PI"]

PI = 3.14159
_private = "hidden"
version = (1, 2)


def area(r):
    return PI * r * r


def perimeter(r):
    return 2 * PI * r


def _internal():
    return "internal"


def describe():
    return "imp_helper_math v%d.%d (name=%s)" % (version[0], version[1], __name__)


class Shape:
    sides = 0

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Shape(%r)" % self.name


class Square(Shape):
    sides = 4
