x = 'a' * 3
print(x)
print('x'.center(2**62))
