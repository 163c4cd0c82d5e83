def parse_all(tokens):
    for t in tokens:
        print("parsing", t)
        yield int(t)


def doubled(it):
    for v in it:
        yield v * 2


def main():
    total = 0
    for v in doubled(parse_all(["1", "2", "x3", "4"])):
        total += v
        print("total", total)
    return total


print(list(doubled(parse_all(["5"]))))
main()
print("not reached")
