# args: 300
import sys


def make_record(i):
    name = "item%d" % i
    tag = ["red", "green", "blue", "cyan"][i % 4]
    return f"{name}:{tag}:{i * 7 % 1000}:{i / 8:.3f}"


def build_lines(count):
    lines = []
    for i in range(count):
        lines.append(make_record(i))
    return "\n".join(lines)


def parse_text(text):
    total = 0
    tags = {}
    longest = ""
    for line in text.split("\n"):
        parts = line.split(":")
        name = parts[0].strip()
        tag = parts[1].upper()
        total += int(parts[2]) + int(float(parts[3]))
        tags[tag] = tags.get(tag, 0) + 1
        if len(name) > len(longest) or (len(name) == len(longest) and name > longest):
            longest = name
    return total, tags, longest


def transform(text):
    t = text.replace("green", "GRN").replace("blue", "bl")
    t = t.replace(":", ";")
    count_semis = 0
    pos = t.find(";")
    while pos != -1:
        count_semis += 1
        pos = t.find(";", pos + 1)
    return t, count_semis


def caesar(s, k):
    out = []
    for ch in s:
        o = ord(ch)
        if 97 <= o <= 122:
            out.append(chr((o - 97 + k) % 26 + 97))
        elif 65 <= o <= 90:
            out.append(chr((o - 65 + k) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)


def checksum(s):
    h = 0
    for ch in s:
        h = (h * 33 + ord(ch)) & 0xFFFFFFFF
    return h


def concat_loop(count):
    s = ""
    for i in range(count):
        s += str(i % 10)
        if i % 7 == 0:
            s += "-"
    return s


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 80000
    text = build_lines(n)
    total, tags, longest = parse_text(text)
    print("lines", n, "chars", len(text), "total", total, "longest", longest)
    print("tags", sorted(tags.items()))
    t, semis = transform(text)
    print("transformed len", len(t), "semis", semis, "starts", t.startswith("item0;red"), "ends", t.endswith("0"))
    enc = caesar(t, 3)
    dec = caesar(enc, 23)
    print("caesar roundtrip", dec == t, "checksum", checksum(enc))
    c = concat_loop(n * 5)
    print("concat len", len(c), "dashes", len(c.split("-")) - 1, "check", checksum(c))
    print("{0} words, {1:>8} padded, {2:.2f} ratio".format(len(text.split()), len(c), len(t) / len(text)))
    print(repr(text[:30]), text[-12:].lower())
