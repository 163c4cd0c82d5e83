def b():
    i = 0
    while i < 3:
        i += 1
        try:
            return i
        finally:
            continue
    return "end-b"
print(b())
