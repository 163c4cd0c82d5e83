text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness"""
words = []
for raw in text.split():
    w = raw.strip('.,;:!?').lower()
    if w:
        words.append(w)
print(len(words), words[:6])
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
for w, c in top[:8]:
    print(f'{w:<12}{c:>3} {"#" * c}')
lengths = {}
for w in freq:
    lengths.setdefault(len(w), []).append(w)
for n in sorted(lengths):
    print(n, sorted(lengths[n]))
print(max(freq, key=lambda w: (freq[w], w)), min(words, key=len))
caps = [w for w in text.split() if w[0].isalpha() and w[0] == w[0].upper()]
print(caps)
lines = text.split('\n')
print(len(lines), [len(l) for l in lines], [l.count('was') for l in lines])
