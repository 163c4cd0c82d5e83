"""The code every generated program starts with: classes P and Q, helpers, ck (a checksum)."""


PRELUDE = '''import math
import random


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def get(self):
        return self.x

    def add(self, v):
        return self.x + v

    def setx(self, v):
        self.x = v

    @property
    def px(self):
        return self.x * 2


class Q:
    def __init__(self, x, y):
        self.z = 0
        self.y = y
        self.x = x

    def get(self):
        return self.x + 1

    def add(self, v):
        return self.x - v

    def setx(self, v):
        self.x = v

    @property
    def px(self):
        return self.x + 3


def h_lin(a, b):
    return a * 2 - b


def h_abs(a):
    return a if a > 0 else -a


def set_x(o, v):
    o.x = v


def push(l, v):
    l.append(v)


def put(d, k, v):
    d[k] = v


GD = globals()


def ck(v):
    if v is None or isinstance(v, (bool, float)):
        return v
    if isinstance(v, int):
        return v if -10**12 < v < 10**12 else ('int', v.bit_length(), v % 1000003)
    if isinstance(v, str):
        return (len(v), v[:12], v[-12:])
    if isinstance(v, (list, tuple)) and len(v) <= 6:
        return [ck(x) for x in v]
    if isinstance(v, (list, tuple)):
        return (len(v), [ck(x) for x in v[:3]], [ck(x) for x in v[-3:]])
    if isinstance(v, dict):
        return ('dict', len(v), [ck(x) for x in list(v.items())[:3]])
    if isinstance(v, (P, Q)):
        return (type(v).__name__, ck(v.x), ck(v.y))
    if isinstance(v, set):
        return ('set', len(v))
    return type(v).__name__

'''
