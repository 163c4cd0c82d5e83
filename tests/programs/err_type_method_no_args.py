print('ab'.upper(), [1].copy())
print('ab'.upper(1))
