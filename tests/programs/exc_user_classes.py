class ValidationError(Exception):
    def __init__(self, field, value, msg="invalid"):
        super().__init__(field, value)
        self.field = field
        self.value = value
        self.msg = msg

    def __str__(self):
        return "%s=%r: %s" % (self.field, self.value, self.msg)


class RangeError(ValidationError):
    def __init__(self, field, value, lo, hi):
        super().__init__(field, value, "not in [%d, %d]" % (lo, hi))
        self.lo = lo
        self.hi = hi


class HttpError(Exception):
    code = 500

    def __repr__(self):
        return "HttpError<%d>" % self.code


class NotFound(HttpError):
    code = 404


def validate(rec):
    if not isinstance(rec.get("age"), int):
        raise ValidationError("age", rec.get("age"))
    if not 0 <= rec["age"] <= 150:
        raise RangeError("age", rec["age"], 0, 150)
    return "ok"


for rec in [{"age": 3}, {"age": "x"}, {"age": 200}, {}]:
    try:
        print(validate(rec))
    except RangeError as e:
        print("RangeError:", e, "| bounds", e.lo, e.hi, "| args", e.args)
    except ValidationError as e:
        print("ValidationError:", e, "| field", e.field, "| msg", e.msg)
e = RangeError("n", -1, 0, 9)
print(str(e), e.args, isinstance(e, ValidationError), isinstance(e, Exception))
print(repr(ValidationError("a", 1)))
nf = NotFound("page missing")
print(str(nf), repr(nf), nf.code, nf.args)
print([repr(x) for x in [HttpError(), NotFound()]])
try:
    raise NotFound("/x")
except HttpError as err:
    print("handled", err.code, err)


class WithNote(Exception):
    def __init__(self, *args, note=None):
        super().__init__(*args)
        self.note = note


w = WithNote("a", "b", note="n")
print(w.args, w.note, str(w))
w.args = ("changed",)
print(str(w), repr(w))
print(str(WithNote()), repr(WithNote()), str(WithNote(7)))
