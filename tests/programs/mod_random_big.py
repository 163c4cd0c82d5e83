import random
random.seed(11); print(random.sample(range(10**12), 3))
random.seed(1); print(random.randrange(2**63), random.randint(0, 2**64), random.randrange(0, 10**30), random.randint(0, 2**200))
random.seed(5); print(random.randrange(-2**70, 2**70, 3), random.randrange(2**62), random.randint(-5, 5))
print(random.sample('abcdefgh', 3), random.sample([10, 20, 30], 3))
