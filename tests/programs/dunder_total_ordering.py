from functools import total_ordering


@total_ordering
class Card:
    order = "23456789TJQKA"

    def __init__(self, rank):
        self.rank = rank

    def __eq__(self, o):
        if not isinstance(o, Card):
            return NotImplemented
        return self.rank == o.rank

    def __lt__(self, o):
        if not isinstance(o, Card):
            return NotImplemented
        return Card.order.index(self.rank) < Card.order.index(o.rank)

    def __repr__(self):
        return "Card(%s)" % self.rank


a, k, t = Card("A"), Card("K"), Card("T")
print(a > k, a >= k, k <= a, t < k, t <= t, t >= t, t > t)
print(a == Card("A"), a != k)
print(sorted([a, t, k, Card("2")]))
print(max([t, a, k]), min([t, a, k]))
print(sorted([a, t, k], reverse=True))
try:
    a < 5
except TypeError as e:
    print("TypeError:", e)
try:
    a >= 5
except TypeError as e:
    print("TypeError:", e)


@total_ordering
class Weight:
    def __init__(self, g):
        self.g = g

    def __eq__(self, o):
        return self.g == o.g

    def __gt__(self, o):
        return self.g > o.g


w1, w2 = Weight(1), Weight(2)
print(w1 < w2, w1 <= w2, w2 >= w1, w1 > w2)
print(sorted(Weight(x) for x in [5, 3, 9])[0].g)
print("__le__" in Weight.__dict__, "__gt__" in Weight.__dict__, "__lt__" in Weight.__dict__)
print(Weight.__lt__.__name__)
