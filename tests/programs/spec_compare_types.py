# Specialization stress: COMPARE_OP sites (fused with the following jump)
# see int -> float -> str -> big int -> bool -> int subclass with __lt__/__eq__.


class Rev(int):
    # Inverted ordering, and equality that is "mod 10".
    def __lt__(self, other):
        return int(self) > int(other)

    def __gt__(self, other):
        return int(self) < int(other)

    def __eq__(self, other):
        return int(self) % 10 == int(other) % 10

    def __ne__(self, other):
        return not self.__eq__(other)

    __hash__ = int.__hash__


class Weird(int):
    # Comparisons return non-bool objects; truthiness decides the branch.
    def __lt__(self, other):
        return [] if int(self) < int(other) else [0]

    def __eq__(self, other):
        return "yes" if int(self) == int(other) else ""


class StrSub(str):
    def __lt__(self, other):
        return len(self) < len(other)


def branchy(a, b):
    r = ""
    if a < b:
        r += "L"
    if a <= b:
        r += "l"
    if a == b:
        r += "E"
    if a != b:
        r += "N"
    if a > b:
        r += "G"
    if a >= b:
        r += "g"
    return r


def values(a, b):
    try:
        return (a < b, a == b, a > b)
    except TypeError as e:
        return "TypeError:" + str(e)


def count_less(a, b, n):
    c = 0
    for i in range(n):
        if a < b:
            c += 1
        if a == b:
            c += 100
    return c


def safe_branchy(a, b):
    try:
        return branchy(a, b)
    except TypeError as e:
        return "TE:" + str(e)


nan = float("nan")
CASES = [
    (1, 2), (2, 2), (3, 2), (-5, 5),
    (1.5, 2.5), (2.5, 2.5), (nan, nan), (nan, 1.0), (1, 1.0), (2, 1.5), (2**53 + 1, float(2**53)),
    ("a", "b"), ("b", "a"), ("abc", "abc"), ("", "a"), ("é", "e"),
    (2**47, 2**47 - 1), (2**63, 2**63 - 1), (-2**63, -2**63 + 1), (2**64, 2**64), (2**100, -2**100),
    (True, False), (False, 0), (True, 1), (True, 2),
    (Rev(1), Rev(2)), (Rev(12), 2), (3, Rev(13)), (Rev(5), 5.0),
    (Weird(1), 2), (Weird(2), 2), (Weird(3), 2),
    (StrSub("zz"), "aaa"), ("aaa", StrSub("zz")),
    (1, "1"), ("1", 1), (None, None), (None, 0), ((1, 2), (1, 3)), ([1], [1]),
]

print("warm int", count_less(1, 2, 3000))
for i, (a, b) in enumerate(CASES):
    try:
        cl = count_less(a, b, 3) if i % 3 else ""
    except TypeError as e:
        cl = "TE " + str(e)
    print(i, repr(a), repr(b), safe_branchy(a, b), values(a, b), cl)
    if i % 5 == 0:
        count_less(1, 2, 200)
    elif i % 5 == 1:
        count_less(1.0, 2.0, 200)
    elif i % 5 == 2:
        count_less("a", "b", 200)

# while-loop with a comparison whose operand type changes mid-loop.
x = 0
steps = 0
while x < 3000:
    steps += 1
    if steps == 1000:
        x = float(x)
    if steps == 2000:
        x = Rev(int(x))  # Rev(2000) < 3000 is False -> loop ends
    x = x + 1 if type(x) is not Rev else x
print("while", steps, repr(x), type(x).__name__)

# Counting loop where the bound flips from int to big int to float.
for bound in [10, 2**64, 10.5, True, Rev(3)]:
    k = 0
    j = 0
    while j < bound and k < 2000:
        j += 1
        k += 1
    print("bound", repr(bound), j, k)

# Mixed list sorted manually (uses < heavily at one site).
data = [5, 3.5, 2**65, -1, True, -2**63, 0.0, 7, 2**47]
for rnd in range(3):
    arr = list(data)
    for i in range(len(arr)):
        for j in range(len(arr) - 1 - i):
            if arr[j + 1] < arr[j]:
                arr[j], arr[j + 1] = arr[j + 1], arr[j]
    print("sorted", arr)
    data = [str(v) for v in data] if rnd == 0 else [float(v) if not isinstance(v, str) else len(v) for v in data]


# Comparisons feeding `not`, `and`/`or` and conditional expressions.
def forms(a, b):
    r = []
    if not a < b:
        r.append("notlt")
    if not (a == b):
        r.append("noteq")
    r.append(a < b or "or-right")
    r.append(a > b and "and-right")
    r.append("T" if a <= b else "F")
    r.append(a != b)
    return r


for i in range(2000):
    forms(i, 1000)
for a, b in ((1, 2), (2, 1), (1.0, 1.0), (nan, 0.0), ("x", "y"), (2**64, 2**63), (Rev(1), Rev(2)), (True, 0)):
    print("forms", repr(a), repr(b), forms(a, b))
    for i in range(60):
        forms(i, 30)

# Float-specialized sites fed NaN, infinities and signed zeros.
for i in range(2000):
    forms(i * 0.5, 500.25)
inf = float("inf")
for a, b in ((nan, 1.0), (1.0, nan), (nan, nan), (inf, inf), (-inf, inf), (0.0, -0.0), (-0.0, 0.0), (inf, nan)):
    print("fforms", repr(a), repr(b), forms(a, b), branchy(a, b))
for i in range(2000):
    forms("k%d" % (i % 10), "k5")
for a, b in (("", ""), ("a", ""), ("\u00e9", "e"), ("\U0001f600", "\uffff"), ("ab", "a\x00"), ("Z", "a")):
    print("sforms", repr(a), repr(b), forms(a, b), branchy(a, b))
