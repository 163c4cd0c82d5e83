import sys
print('a-b-c'.rpartition('-'), 'abc'.rpartition('x'), 'abc'.partition('x'), 'TestCase'.removeprefix('Test'), 'x.py'.removesuffix('.py'), 'ab'.removeprefix(''))
print('héllo'.isascii(), 'hello'.isascii(), 'a\tbc\td\n\tx'.expandtabs(), 'a\tb'.expandtabs(4), repr('\t'.expandtabs(0)))
print((255).bit_length(), (-255).bit_length(), (0).bit_length(), (2**100).bit_length(), (255).bit_count(), (-7).bit_count(), True.bit_length())
print((3.0).is_integer(), (3.5).is_integer(), float('inf').is_integer())
x = 10
print(x.bit_length(), (2**70 - 1).bit_count())
