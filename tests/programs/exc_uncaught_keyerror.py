prices = {"apple": 1.25, "bread": 2.5, "milk": 0.99}
aliases = {"bun": "bread"}


def price_of(item):
    item = aliases.get(item, item)
    return prices[item]


def total(cart):
    s = 0
    for item, qty in cart:
        s += price_of(item) * qty
        print("subtotal after", item, round(s, 2))
    return round(s, 2)


def safe_total(cart):
    try:
        return total(cart)
    except KeyError as e:
        print("unknown item", e, repr(e))
        return None


print(total([("apple", 2), ("milk", 1)]))
print(total([("bun", 2)]))
print(safe_total([("apple", 1), ("ham", 1)]))
print(total([("bread", 1), ("cheese", 3)]))
print("not reached")
