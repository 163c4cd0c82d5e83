b = b"hello"
print(b, repr(b), type(b).__name__, len(b))
print(b[0], b[-1], type(b[0]).__name__, b[1:3], b[::-1], b[:0])
print(list(b), [c for c in b"AZ"], tuple(b"\x00\xff"))
print(b"a" + b"b", b"ab" * 3, b"ell" in b, 104 in b, b"z" not in b)
print(b.hex(), b"\x00\x0f\xff".hex(), bytes.fromhex("48 69 21"), b"\xde\xad".hex(":"))
print(b.decode(), b.decode("ascii"), "héllo".encode(), "héllo".encode("utf-8").decode("utf-8"))
print("日本".encode(), len("日本".encode()), b"\xe6\x97\xa5".decode())
print(bytes([72, 105]), bytes(3), bytes(), bytes(range(65, 70)), bytes("abc", "ascii"))
print(b"\t\n\r\\'", b'"', b"'\"", b"\x7f\x80", b" ~")
print(repr(b"\x00abc\x01"), str(b"x"), f"{b'fmt'}", [b"in list"])
print(b.upper(), b"ABC".lower(), b" pad ".strip(), b"a,b,c".split(b","), b"-".join([b"x", b"y"]))
print(b.startswith(b"he"), b.endswith(b"lo"), b.find(b"l"), b.rfind(b"l"), b.count(b"l"), b.index(b"o"))
print(b.replace(b"l", b"L"), b"abc".center(7, b"*"), b"42".zfill(5), b"a b".split())
print(b < b"help", b == b"hello", b == "hello", b"" < b"\x00", max(b), min(b), sum(b))
print(b"abc".isalpha(), b"123".isdigit(), b"Ab".islower(), b"%d-%s" % (5, b"x"))
print(bytes(b"copy") == b"copy", b[1], b[1:2], b"".join([bytes([c]) for c in b[::2]]))
for bad in [lambda: bytes([256]), lambda: b"\xff".decode(), lambda: "é".encode("ascii"), lambda: b"a" + "b", lambda: b[10]]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
print(b"\xff".decode("latin-1"), b"\xffab".decode("utf-8", "replace"), b"\xffab".decode("ascii", "ignore"))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), (258).to_bytes(2, "big"))
print(ord(b"A"), chr(b"A"[0]), b"A"[0] == ord("A"))
print(sorted(b"cab"), bytes(sorted(b"cab")), dict.fromkeys(b"aa"))
