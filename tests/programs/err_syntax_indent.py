print('never printed')
if True:
print('bad indent')
