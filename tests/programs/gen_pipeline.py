log = []

def read_lines(text):
    for line in text.split("\n"):
        log.append("read")
        yield line

def strip_comments(lines):
    for line in lines:
        if "#" in line:
            line = line[:line.index("#")]
        line = line.strip()
        if line:
            log.append("keep")
            yield line

def parse(lines):
    for line in lines:
        key, _, val = line.partition("=")
        yield key.strip(), val.strip()

def to_int(pairs):
    for k, v in pairs:
        try:
            yield k, int(v)
        except ValueError:
            yield k, v

text = """# config
width = 80
height=24   # rows

name = demo
 ratio = x1
"""
pipeline = to_int(parse(strip_comments(read_lines(text))))
print(log)
first = next(pipeline)
print(first, log)
rest = list(pipeline)
print(rest)
print(log.count("read"), log.count("keep"))

def interleave_trace():
    def producer():
        for i in range(3):
            print("  produce", i)
            yield i

    def consumer(src):
        for v in src:
            print("  consume", v)
            yield v * 10

    for out in consumer(producer()):
        print("  output", out)

interleave_trace()

def batched(it, n):
    batch = []
    for x in it:
        batch.append(x)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch

print(list(batched(range(7), 3)))
print(list(batched((c for c in "abcdef"), 2)))

def running_sum(it):
    s = 0
    for x in it:
        s += x
        yield s

def window(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > n:
            buf.pop(0)
        if len(buf) == n:
            yield tuple(buf)

print(list(running_sum(range(1, 6))))
print(list(window(running_sum(range(1, 6)), 2)))
