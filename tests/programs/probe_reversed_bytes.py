print(list(reversed(b"abc")), bytes(reversed(bytearray(b"xyz"))))
