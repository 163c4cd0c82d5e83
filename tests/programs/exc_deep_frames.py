class Parser:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def expect_digit(self):
        ch = self.text[self.pos]
        if not ch.isdigit():
            raise SyntaxError_("expected digit at %d, got %r" % (self.pos, ch))
        self.pos += 1
        return int(ch)

    def number(self):
        v = self.expect_digit()
        while self.pos < len(self.text) and self.text[self.pos].isdigit():
            v = v * 10 + self.expect_digit()
        return v

    def sum_expr(self):
        total = self.number()
        while self.pos < len(self.text):
            if self.text[self.pos] != "+":
                raise SyntaxError_("expected + at %d" % self.pos)
            self.pos += 1
            total += self.number()
        return total

class SyntaxError_(Exception):
    pass

def evaluate(s):
    return Parser(s).sum_expr()

def safe_eval(s):
    try:
        return evaluate(s)
    except SyntaxError_ as e:
        return "syntax: " + str(e)
    except IndexError as e:
        return "index: " + str(e)

for s in ["1+2+30", "12+x", "5-3", "7+", "42"]:
    print(repr(s), "->", safe_eval(s))

def a(n):
    return b(n) + 1

def b(n):
    return c(n) * 2

def c(n):
    if n < 0:
        raise ValueError("negative: %d" % n)
    return n

trail = []
for n in [3, -1]:
    try:
        trail.append(a(n))
    except ValueError as e:
        trail.append(str(e))
print(trail)

def recurse(n):
    if n == 0:
        raise LookupError("bottom reached")
    try:
        return recurse(n - 1)
    finally:
        trail.append(n)

trail = []
try:
    recurse(5)
except LookupError as e:
    print(e, trail)
