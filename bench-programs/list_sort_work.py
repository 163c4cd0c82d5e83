# args: 2000
import sys


def lcg_list(count, seed):
    out = []
    x = seed
    for _ in range(count):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(x % 100000)
    return out


def insertion_sort_chunk(values):
    a = values[:]
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a


def merge(left, right):
    out = []
    i = 0
    j = 0
    nl = len(left)
    nr = len(right)
    while i < nl and j < nr:
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


def merge_sort(a):
    if len(a) <= 16:
        return insertion_sort_chunk(a)
    mid = len(a) // 2
    return merge(merge_sort(a[:mid]), merge_sort(a[mid:]))


def window_sums(a, width):
    sums = []
    s = sum(a[:width])
    sums.append(s)
    for i in range(width, len(a)):
        s += a[i] - a[i - width]
        sums.append(s)
    return sums


def work(n):
    data = lcg_list(n, 42)
    mine = merge_sort(data)
    builtin = sorted(data)
    assert_equal = mine == builtin
    rev = sorted(data, key=lambda v: (v % 1000, -v), reverse=True)
    evens = [v for v in mine if v % 2 == 0]
    odds = [v for v in mine if v % 2 == 1]
    pairs = list(zip(evens[::3], odds[1::3]))
    pair_score = sum([a * 2 - b for a, b in pairs])
    ws = window_sums(data, 50)
    mid = mine[len(mine) // 4: 3 * len(mine) // 4]
    tail = mine[-10:]
    rev_head = list(reversed(mine))[:5]
    median = mine[len(mine) // 2]
    uniq = len(set(data))
    return {
        "sorted_ok": assert_equal,
        "median": median,
        "min_window": min(ws),
        "max_window": max(ws),
        "mid_sum": sum(mid),
        "tail": tail,
        "rev_head": rev_head,
        "rev_first": rev[:4],
        "pair_score": pair_score,
        "unique": uniq,
    }


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 250000
    res = work(n)
    for key in sorted(res):
        print(key, res[key])
