# chr() out of range
print(chr(0x10FFFF) == '\U0010ffff', chr(0) == '\x00', ord(chr(1114111)))
print(chr(1114112))
