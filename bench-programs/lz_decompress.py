# args: 300
"""Lossless compression round trips: LZ77 with hash chains, LZW, and Huffman
coding (heapq) of the LZ77 token stream."""
import heapq
import random
import sys
from collections import Counter, defaultdict, namedtuple

Match = namedtuple("Match", "distance length")

WINDOW = 4096
MIN_MATCH = 3
MAX_MATCH = 64
MAX_CHAIN = 24


class CorruptStream(Exception):
    pass


def generate_text(rng, words):
    vocab = ["the", "quick", "brown", "fox", "jumps", "over", "lazy", "dog", "and",
             "then", "runs", "away", "from", "a", "big", "red", "barn", "while",
             "farmer", "sleeps", "under", "old", "oak", "tree", "compression", "of",
             "repeated", "phrases", "is", "easy"]
    follow = defaultdict(list)
    for i, w in enumerate(vocab):
        for k in (1, 2, 3, 7):
            follow[w].append(vocab[(i + k) % len(vocab)])
    out = []
    word = "the"
    for i in range(words):
        if rng.random() < 0.08:
            out.append(str(rng.randrange(1, 2000)))
        out.append(word.capitalize() if i % 17 == 0 else word)
        if i % 17 == 16:
            out.append(".\n")
        word = rng.choice(follow[word]) if rng.random() < 0.75 else rng.choice(vocab)
    return " ".join(out)


class LZ77:
    def __init__(self, window=WINDOW, max_chain=MAX_CHAIN):
        self.window = window
        self.max_chain = max_chain

    def compress(self, data):
        """Return a list of tokens: str for a literal, Match for a back-reference."""
        n = len(data)
        chains = defaultdict(list)
        tokens = []
        i = 0
        while i < n:
            best_len = 0
            best_dist = 0
            if i + MIN_MATCH <= n:
                key = data[i:i + MIN_MATCH]
                candidates = chains[key]
                limit = min(MAX_MATCH, n - i)
                for j in reversed(candidates[-self.max_chain:]):
                    if i - j > self.window:
                        break
                    length = MIN_MATCH
                    while length < limit and data[j + length] == data[i + length]:
                        length += 1
                    if length > best_len:
                        best_len, best_dist = length, i - j
                        if length == limit:
                            break
            if best_len >= MIN_MATCH:
                tokens.append(Match(best_dist, best_len))
                step = best_len
            else:
                tokens.append(data[i])
                step = 1
            for p in range(i, min(i + step, n - MIN_MATCH + 1)):
                chains[data[p:p + MIN_MATCH]].append(p)
            i += step
        return tokens

    @staticmethod
    def decompress(tokens):
        out = []
        for tok in tokens:
            if isinstance(tok, Match):
                start = len(out) - tok.distance
                if start < 0:
                    raise CorruptStream(f"distance {tok.distance} too far back")
                for k in range(tok.length):
                    out.append(out[start + k])
            else:
                out.append(tok)
        return "".join(out)


def lzw_compress(text):
    table = {chr(i): i for i in range(256)}
    w = ""
    codes = []
    for ch in text:
        wc = w + ch
        if wc in table:
            w = wc
        else:
            codes.append(table[w])
            table[wc] = len(table)
            w = ch
    if w:
        codes.append(table[w])
    return codes


def lzw_decompress(codes):
    table = {i: chr(i) for i in range(256)}
    it = iter(codes)
    try:
        prev = table[next(it)]
    except StopIteration:
        return ""
    out = [prev]
    for code in it:
        if code in table:
            entry = table[code]
        elif code == len(table):
            entry = prev + prev[0]
        else:
            raise CorruptStream(f"bad LZW code {code}")
        out.append(entry)
        table[len(table)] = prev + entry[0]
        prev = entry
    return "".join(out)


class HuffmanNode:
    __slots__ = ("weight", "symbol", "left", "right")

    def __init__(self, weight, symbol=None, left=None, right=None):
        self.weight = weight
        self.symbol = symbol
        self.left = left
        self.right = right

    @property
    def is_leaf(self):
        return self.left is None


class Huffman:
    def __init__(self, symbols):
        freq = Counter(symbols)
        heap = []
        for order, (sym, w) in enumerate(sorted(freq.items())):
            heap.append((w, order, HuffmanNode(w, sym)))
        heapq.heapify(heap)
        order = len(heap)
        if len(heap) == 1:
            w, _, only = heap[0]
            heap = [(w, 0, HuffmanNode(w, None, only, HuffmanNode(0, None)))]
        while len(heap) > 1:
            w1, _, a = heapq.heappop(heap)
            w2, _, b = heapq.heappop(heap)
            heapq.heappush(heap, (w1 + w2, order, HuffmanNode(w1 + w2, None, a, b)))
            order += 1
        self.root = heap[0][2] if heap else None
        self.codes = {}
        self._assign(self.root, "")

    def _assign(self, node, prefix):
        if node is None:
            return
        if node.is_leaf:
            if node.symbol is not None:
                self.codes[node.symbol] = prefix or "0"
            return
        self._assign(node.left, prefix + "0")
        self._assign(node.right, prefix + "1")

    def encode(self, symbols):
        return "".join(self.codes[s] for s in symbols)

    def decode(self, bits):
        out = []
        node = self.root
        for b in bits:
            node = node.left if b == "0" else node.right
            if node.is_leaf:
                out.append(node.symbol)
                node = self.root
        return out


def token_symbols(tokens):
    """Flatten LZ77 tokens into a symbol stream with int symbols for Huffman."""
    syms = []
    for t in tokens:
        if isinstance(t, Match):
            syms.append(256 + min(t.length, 255))
            syms.append(1000 + t.distance.bit_length())
        else:
            syms.append(ord(t))
    return syms


def fnv1a(text):
    h = 0x811C9DC5
    for ch in text:
        h ^= ord(ch)
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h


def main():
    words = int(sys.argv[1]) if len(sys.argv) > 1 else 90000
    rng = random.Random(99)
    text = generate_text(rng, words)
    print(f"text: {len(text)} chars, fnv1a={fnv1a(text):08x}")
    print("  starts:", repr(text[:60]))

    lz = LZ77()
    tokens = lz.compress(text)
    matches = [t for t in tokens if isinstance(t, Match)]
    restored = LZ77.decompress(tokens)
    print(f"LZ77: {len(tokens)} tokens ({len(matches)} matches), round trip: {restored == text}")
    if matches:
        print(f"  longest match: {max(m.length for m in matches)}, "
              f"mean distance: {sum(m.distance for m in matches) // len(matches)}")
    est_bits = sum(9 if isinstance(t, str) else 25 for t in tokens)
    print(f"  naive size: {est_bits // 8} bytes")

    syms = token_symbols(tokens)
    huff = Huffman(syms)
    bits = huff.encode(syms)
    decoded = huff.decode(bits)
    print(f"Huffman over tokens: {len(huff.codes)} symbols, {len(bits)} bits "
          f"({(len(bits) + 7) // 8} bytes), round trip: {decoded == syms}")
    shortest = sorted(huff.codes.items(), key=lambda kv: (len(kv[1]), kv[0]))[:5]
    print("  shortest codes:", [(s if s < 256 else f"#{s}", c) for s, c in shortest])

    codes = lzw_compress(text)
    back = lzw_decompress(codes)
    width = max(codes).bit_length() if codes else 0
    print(f"LZW: {len(codes)} codes of {width} bits ({len(codes) * width // 8} bytes), "
          f"round trip: {back == text}")
    print("  code checksum:", sum((i + 1) * c for i, c in enumerate(codes)) % 1000000007)

    try:
        LZ77.decompress(["a", Match(5, 3)])
    except CorruptStream as e:
        print("corrupt LZ77 detected:", e)
    try:
        lzw_decompress([65, 4000])
    except CorruptStream as e:
        print("corrupt LZW detected:", e)
    ratio = 100 * ((len(bits) + 7) // 8) // max(1, len(text))
    print(f"best ratio: {ratio}% of original")


if __name__ == "__main__":
    main()
