def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        value = yield avg
        print("  received", value)
        total += value
        count += 1
        avg = total / count

a = averager()
print(next(a))
print(a.send(10))
print(a.send(20))
print(a.send(60))

def echo():
    print("  echo started")
    reply = None
    while True:
        msg = yield reply
        if msg == "quit":
            return "bye"
        reply = msg[::-1]

e = echo()
print(e.send(None))
print(e.send("abc"), e.send("hello"))
try:
    e.send("quit")
except StopIteration as s:
    print("stopped with", s.value)
fresh = echo()
try:
    fresh.send("too early")
except TypeError as err:
    print("TypeError:", err)

def running_max():
    best = None
    while True:
        x = yield best
        if best is None or x > best:
            best = x

rm = running_max()
next(rm)
print([rm.send(v) for v in [3, 1, 4, 1, 5, 9, 2, 6]])

def state_machine():
    state = "idle"
    while True:
        event = yield state
        if state == "idle" and event == "start":
            state = "running"
        elif state == "running" and event == "pause":
            state = "paused"
        elif state == "paused" and event == "start":
            state = "running"
        elif event == "stop":
            state = "idle"

sm = state_machine()
print(next(sm))
for ev in ["start", "pause", "pause", "start", "stop", "pause"]:
    print(ev, "->", sm.send(ev))

def counter():
    i = 0
    while True:
        cmd = yield i
        if cmd == "reset":
            i = 0
        else:
            i += 1

c = counter()
print(next(c), next(c), next(c), c.send("reset"), next(c), c.send(None))
