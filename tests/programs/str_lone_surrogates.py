# Lone surrogates (U+D800..U+DFFF) in strs: literals, chr/ord, repr, hashing, ordering,
# encoding with each error handler, and writing one (UnicodeEncodeError).
s = "\ud800"
print(len(s), ord(s[0]), hex(ord(chr(0xDFFF))))
print(ascii(s), repr(s), repr("a\udc80b\U0001f600\ud83d"), ascii("x\udfffy"))
print("\udc80abc".encode("utf-8", "surrogateescape"))
print(b"\xff\xfe".decode("utf-8", "surrogateescape") == "\udcff\udcfe")
print(b"ab\xffc".decode("ascii", "surrogateescape").encode("ascii", "surrogateescape"))
print("\ud800x".encode("utf-8", "surrogatepass"), b"\xed\xa0\x80".decode("utf-8", "surrogatepass") == "\ud800")
for h in ("ignore", "replace", "backslashreplace", "xmlcharrefreplace"):
    print(h, "a\ud800\udc00b".encode("utf-8", h), "a\ud800b".encode("ascii", h))
for enc in ("utf-8", "ascii", "latin-1"):
    try:
        "ab\ud800\udfffc".encode(enc)
    except UnicodeEncodeError as e:
        print(e, e.start, e.end, e.reason)
try:
    b"\xed\xa0\x80".decode()
except UnicodeDecodeError as e:
    print(e)
print(hash("\ud800") == hash(chr(0xd800)), {"\udc80": 1, "a": 2, "\u1234": 3, "\ud801x": 4})
print(f"{0xd800:c}" == "\ud800", "%c" % 0xdc00 == "\udc00", "\ud800" < "\ue000", sorted(["\ue000", "\ud800", "a"]))
print("\ud800".isprintable(), ascii("\N{BULLET}\ud800\x41\101\
z"), len("\ud800\udc00"), "\\ud800", r"\ud800", ascii("\d\q\ud800" "x\udfff"))
import sys
try:
    print("ok", "\ud800", "never")
except UnicodeEncodeError as e:
    print("|", e)
try:
    sys.stdout.write("\ud800")
except UnicodeEncodeError as e:
    print(e)
print("\ud800")
