# args: 12
import sys


def fib(k):
    if k < 2:
        return k
    return fib(k - 1) + fib(k - 2)


def tak(x, y, z):
    if y >= x:
        return z
    return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))


def ackermann(m, k):
    if m == 0:
        return k + 1
    if k == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, k - 1))


def count_partitions(total, largest):
    # number of partitions of total into parts <= largest (plain recursion)
    if total == 0:
        return 1
    if total < 0 or largest == 0:
        return 0
    return count_partitions(total - largest, largest) + count_partitions(total, largest - 1)


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 33
    print("fib(%d) = %d" % (n, fib(n)))
    t = n // 3
    print("tak(%d, %d, %d) = %d" % (t, t * 2 // 3, t // 3, tak(t, t * 2 // 3, t // 3)))
    print("ackermann(2, %d) = %d" % (n, ackermann(2, n)))
    p = n + 20
    print("partitions(%d) = %d" % (p, count_partitions(p, p)))
