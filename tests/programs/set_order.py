# CPython prints sets in hash-table slot order; for ints hash(n) == n except
# hash(-1) == -2. These cases check the exact table layout (size 8 table
# holds up to 4 entries; resize at fill*5 >= mask*3; no linear probing in
# tiny tables, perturbation probing i = i*5 + 1 + perturb).
print({100, 7, 64, 33})
print({8, 0, 16})
print({x * x for x in range(-3, 4)})
print({-1, -2, 0})
print({-5, 5, 3})
print({10, 9, 8, 7, 6, 5, 4, 3, 2, 1})
print(set([31, 15, 7, 3, 1]))
s = {1, 2, 3, 4}
s.add(10)
print(s)
s.discard(2)
s.add(34)
print(s)
print({1, 2, 10, 11} & {1, 2, 3, 4, 10})
print({1, 2, 3, 4, 10} & {1, 2, 10, 11})
print({1, 9, 17} | {25, 2})
print({40, 30, 20, 10} - {30})
print({1, 9} ^ {9, 17, 2})
print(list({64, 32, 16, 8, 4, 2, 1}))
print(hash(-1), hash(-2), -1 in {-2}, -2 in {-1}, len({-1, -2}))
