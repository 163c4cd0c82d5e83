# args: 2000
import sys

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "po", "qu", "xi"]


def make_words(count, seed):
    words = []
    x = seed
    for _ in range(count):
        x = (x * 1664525 + 1013904223) % 4294967296
        parts = 1 + (x >> 7) % 3
        w = ""
        y = x
        for _ in range(parts):
            w += SYLLABLES[y % len(SYLLABLES)]
            y //= len(SYLLABLES)
        words.append(w)
    return words


def count_words(words):
    counts = {}
    for w in words:
        if w in counts:
            counts[w] += 1
        else:
            counts[w] = 1
    return counts


def count_numbers(count):
    counts = {}
    x = 7
    for i in range(count):
        x = (x * 75 + 74) % 65537
        key = x % 997
        counts[key] = counts.get(key, 0) + 1
    return counts


def bigram_counts(words):
    pairs = {}
    prev = None
    for w in words:
        if prev is not None:
            k = (prev, w[0])
            pairs[k] = pairs.get(k, 0) + 1
        prev = w
    return pairs


def group_by_length(counts):
    groups = {}
    for w, c in counts.items():
        L = len(w)
        if L not in groups:
            groups[L] = []
        groups[L].append(c)
    return {k: sum(v) for k, v in groups.items()}


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 600000
    words = make_words(n, 12345)
    wc = count_words(words)
    top = sorted(wc.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    print("distinct words:", len(wc))
    print("top:", top)
    nc = count_numbers(n * 2)
    most = max(nc.values())
    keys_with_most = sorted([k for k, v in nc.items() if v == most])
    print("number buckets:", len(nc), "max", most, "at", keys_with_most[:5])
    bg = bigram_counts(words)
    best_bg = sorted(bg.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    print("bigram kinds:", len(bg), "best:", best_bg)
    gl = group_by_length(wc)
    print("by length:", sorted(gl.items()))
    inv = {}
    for w, c in wc.items():
        inv.setdefault(c, 0)
        inv[c] += 1
    print("count histogram size:", len(inv), "checksum:", sum([k * v for k, v in inv.items()]))
