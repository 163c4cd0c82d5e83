def a():
    for i in range(3):
        with open("/dev/null"):
            try:
                return i
            finally:
                break
    return "a-end"
print(a())
