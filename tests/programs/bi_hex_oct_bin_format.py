for n in [0, 1, 7, 8, 255, 256, -1, -255, 2 ** 64, -(2 ** 70)]:
    print(n, hex(n), oct(n), bin(n))
print(int("ff", 16), int("0xff", 16), int("0o17", 8), int("0b101", 2), int("z", 36), int("0x1F", 0), int("017", 8))
print(format(255, "x"), format(255, "X"), format(255, "#x"), format(255, "#X"), format(255, "08b"), format(255, "#010b"))
print(format(-255, "x"), format(-8, "#o"), format(10, "o"), format(5, "b"), format(65, "c"))
print(format(3.14159, ".2f"), format(42, "+d"), format(42, "06d"), format(42, "<6") + "|", format(42, "^6") + "|")
print(format("s", "^5") + "|", format("s", ">3"), format([1, 2]), format(None), format(True, ">6"))
print(format(1234567, ",d"), format(1e-3, ".1e"), format(0.5, ".0%"), format(10, "n"))
print(f"{255:x} {255:#o} {255:b} {255:_b} {0xdead_beef:_x}")
print(0x10, 0o10, 0b10, 0xFF + 0o7 + 0b1, 1_000_000)
print(hex(int("deadbeef", 16)), int(hex(12345), 16), int(bin(99), 2), int(oct(64), 8))
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print(hex(True), bin(False), oct(True))
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    int("12", 2)
except ValueError as e:
    print("ValueError:", e)
try:
    format(5, "q")
except ValueError as e:
    print("ValueError:", e)


class Idx:
    def __index__(self):
        return 42


letters = "abcdefghijklmnopqrstuvwxyz" * 2
print(hex(Idx()), bin(Idx()), oct(Idx()), letters[Idx()], len(range(Idx())), len("ab" * Idx()))
print((255).to_bytes(2, "big").hex(), (1024).bit_length(), (-1).bit_length(), (255).bit_count())
