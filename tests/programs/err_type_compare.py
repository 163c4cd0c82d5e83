# ordering str vs int
print(sorted([3, 1, 2]), sorted(['b', 'a']), sorted([1.5, 1, True]))
print(1 < 2.5, 'a' < 'b', [1] < [2], (1, 'a') < (1, 'b'))
print(1 == 'a', 1 != 'a', [] == (), None == 0)
print(sorted([3, 'a', 1]))
