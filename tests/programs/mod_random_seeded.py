import random

random.seed(12345)
print([random.randint(1, 6) for _ in range(10)])
print(random.random(), random.uniform(10, 20))
print(random.choice(["red", "green", "blue"]), random.choice("xyz"), random.choice(range(100)))
deck = list(range(10))
random.shuffle(deck)
print(deck)
print(random.sample(range(50), 5), sorted(random.sample("abcdefgh", 3)))
print(random.randrange(10), random.randrange(5, 50, 5), random.getrandbits(16))
random.seed(12345)
again = [random.randint(1, 6) for _ in range(10)]
print(again)
r1 = random.Random(7)
r2 = random.Random(7)
print([r1.random() for _ in range(3)] == [r2.random() for _ in range(3)])
print(r1.randint(0, 1000), r2.randint(0, 1000))
state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
b = [random.random() for _ in range(3)]
print(a == b)
random.seed("a string seed")
print(random.randint(0, 10 ** 6))
random.seed(0)
print(random.choices("abc", k=6), random.choices([1, 2, 3], weights=[10, 0, 1], k=5))
counts = [0] * 6
for _ in range(600):
    counts[random.randrange(6)] += 1
print(counts, sum(counts))
print(round(random.gauss(0, 1), 10), round(random.normalvariate(5, 2), 10))
print(random.betavariate(2, 3) < 1, 0 <= random.random() < 1)
