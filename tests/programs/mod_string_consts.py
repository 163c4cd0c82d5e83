import string

print(string.ascii_lowercase)
print(string.ascii_uppercase)
print(string.ascii_letters)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation))
print(repr(string.whitespace))
print(len(string.printable), repr(string.printable[-6:]))
print(len(string.ascii_letters), string.ascii_lowercase.index("q"))
print(string.capwords("hello   big world"), string.capwords("a-b c", "-"))
shift = 3
table = {c: string.ascii_lowercase[(i + shift) % 26] for i, c in enumerate(string.ascii_lowercase)}
msg = "attack at dawn"
enc = "".join(table.get(ch, ch) for ch in msg)
print(enc)
trans = str.maketrans(string.ascii_lowercase, string.ascii_lowercase[shift:] + string.ascii_lowercase[:shift])
print(msg.translate(trans))
print(all(c in string.hexdigits for c in "DEADbeef09"), any(c in string.punctuation for c in "abc"))
print([c for c in "a1!B 2?" if c in string.ascii_letters + string.digits])


def to_base(n, base):
    chars = string.digits + string.ascii_lowercase
    if n == 0:
        return "0"
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(chars[r])
    return "".join(reversed(out))


print(to_base(255, 16), to_base(255, 2), to_base(12345, 36), int(to_base(12345, 36), 36))
tmpl = string.Template("$who likes $what; ${who}s")
print(tmpl.substitute(who="tim", what="pie"))
print(tmpl.safe_substitute(who="ann"))
try:
    tmpl.substitute(who="x")
except KeyError as e:
    print("KeyError:", e)
print(string.ascii_lowercase[::-1][:5], string.digits[::2])
