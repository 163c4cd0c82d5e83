ba = bytearray(b"abc")
print(ba, repr(ba), len(ba), type(ba).__name__)
ba.append(100)
ba.extend(b"ef")
ba.extend([0x67, 0x68])
print(ba)
ba[0] = 65
ba[-1] = ord("H")
print(ba, ba[0], ba[1:3], type(ba[1:3]).__name__)
ba[1:3] = b"XYZ"
print(ba)
del ba[0]
del ba[-2:]
print(ba)
ba.insert(0, 33)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord("Y"))
print(ba)
ba.reverse()
print(ba)
print(ba.hex(), ba.decode(), bytes(ba), ba == bytes(ba), ba.upper())
print(bytearray(3), bytearray(), bytearray([1, 2, 255]), bytearray("hé", "utf-8"))
c = bytearray(b"xyz")
d = c.copy()
d[0] = 0
print(c, d, c + d, c * 2)
c += b"!!"
print(c)
c *= 2
print(c)
print(list(bytearray(b"\x01\x02")), [hex(x) for x in bytearray(b"\x10\xff")])
for bad in [lambda: ba.append(256), lambda: ba.append(-1), lambda: ba.remove(0), lambda: bytearray().pop()]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
try:
    ba[0] = b"x"
except TypeError as e:
    print("TypeError:", e)
buf = bytearray()
for i in range(5):
    buf += bytes([48 + i])
print(buf, buf.decode(), buf.find(b"3"), b"2" in buf, 50 in buf)
print(bytearray(b"a,b").split(b","), bytearray(b"  s ").strip(), bytearray(b"ab").replace(b"a", b"z"))
print(bytearray.fromhex("ff00"), bytearray(b"\x00\\'\""))
m = bytearray(b"hello world")
m[0:5] = m[6:11]
print(m)
m[::2] = b"......"
print(m)
print(sorted(bytearray(b"dcba")), max(bytearray(b"az")), bytearray(b"q") == b"q")
