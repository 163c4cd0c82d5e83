def mean(values):
    assert isinstance(values, list), "expected a list, got %s" % type(values).__name__
    assert len(values) > 0, "mean of empty list"
    return sum(values) / len(values)


def checked_mean(values):
    try:
        return mean(values)
    except AssertionError as e:
        print("  checked_mean caught:", e)
        return None


def report(groups):
    for name, vals in groups:
        print(name, mean(vals))


print(checked_mean([2, 4]))
print(checked_mean([]))
print(checked_mean((1, 2)))
report([("a", [1, 2, 3]), ("b", [10])])
report([("c", [4]), ("d", [])])
print("not reached")
