def ret_in_try():
    try:
        print("  try returns 1")
        return 1
    finally:
        print("  finally runs before return")

print(ret_in_try())

def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"

print(finally_overrides())

def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"

print(finally_swallows())

def return_value_evaluated_first():
    x = [1]
    try:
        return x
    finally:
        x.append(2)

print(return_value_evaluated_first())
for i in range(4):
    try:
        if i == 1:
            print("  continue at", i)
            continue
        if i == 3:
            print("  break at", i)
            break
        print("  body", i)
    finally:
        print("  finally", i)
print("after loop")

def nested_finally():
    out = []
    for i in range(3):
        try:
            try:
                if i == 2:
                    return out
                out.append(i)
            finally:
                out.append("f1-%d" % i)
        finally:
            out.append("f2-%d" % i)
    return "unreachable?"

print(nested_finally())
i = 0
while i < 5:
    i += 1
    try:
        if i % 2:
            continue
        print("  even", i)
    finally:
        print("  while-finally", i)

def gen_counter():
    n = 0
    try:
        while True:
            n += 1
            if n == 3:
                return n
    finally:
        print("  gen_counter finally n =", n)

print(gen_counter())
