# unknown str method
print('a'.upper(), 'B'.lower(), 'c'.isalpha())
'a'.foo()
