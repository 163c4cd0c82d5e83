class Inventory:
    def __init__(self):
        self.stock = {"apple": 3, "pear": 0}

    def take(self, item, n):
        have = self.stock[item]
        if have < n:
            raise ValueError("only %d %s left" % (have, item))
        self.stock[item] = have - n
        return n


class Shop:
    def __init__(self):
        self.inv = Inventory()

    def order(self, items):
        got = []
        for name, n in items:
            got.append(self.inv.take(name, n))
            print("took", n, name)
        return got


def process(orders):
    shop = Shop()
    for o in orders:
        print("processing", o)
        print("result", shop.order(o))


process([[("apple", 1)], [("apple", 2)]])
process([[("apple", 2), ("pear", 1)]])
print("not reached")
