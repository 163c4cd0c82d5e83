# random with a seed gives exactly CPython's numbers (Mersenne Twister, bit-exact).
import random
random.seed(42)
print(random.random(), random.randint(1, 100), random.randrange(0, 1000, 7), random.uniform(1, 2))
l = list(range(20)); random.shuffle(l); print(l)
print(random.choice('abcdef'), random.sample(range(100), 5), random.gauss(0, 1), random.gauss(0, 1))
print(random.choices([1, 2, 3], weights=[1, 5, 1], k=5), random.getrandbits(70))
random.seed('hello'); print(random.random())
random.seed(2**100); print(random.random(), random.expovariate(2.0), random.triangular(0, 10, 3))
