import itertools as it

print(list(it.product("ab", [1, 2])))
print(list(it.product([0, 1], repeat=3)))
print(len(list(it.product(range(3), range(4), range(2)))), list(it.product()))
print(["".join(p) for p in it.product("xy", repeat=2)])
print(list(it.permutations([1, 2, 3])))
print(list(it.permutations("abcd", 2)))
print(len(list(it.permutations(range(5)))), list(it.permutations([], 0)), list(it.permutations([1], 2)))
print(list(it.combinations("abcd", 2)))
print(list(it.combinations(range(5), 3)))
print(list(it.combinations([1, 2], 0)), list(it.combinations([1, 2], 3)))
print(list(it.combinations_with_replacement("abc", 2)))
print(len(list(it.combinations_with_replacement(range(4), 3))))
print(list(it.combinations([3, 1, 2], 2)), list(it.permutations([2, 1], 2)))
dice = [a + b for a, b in it.product(range(1, 7), repeat=2)]
print(sorted(set(dice)), dice.count(7))
coins = [1, 5, 10, 25]
ways = sum(1 for combo in it.combinations_with_replacement(coins, 3) if sum(combo) == 30)
print(ways)
g = it.permutations("ab")
print(next(g), next(g), next(g, "done"))
print(sum(1 for p in it.permutations(range(6)) if all(p[i] != i for i in range(6))))
pairs = list(it.combinations(["ann", "bob", "cy"], 2))
print(pairs)
for a, b in it.product([True, False], repeat=2):
    print(a, b, a and b, a or b, a != b)
