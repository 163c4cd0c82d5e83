def d():
    for x in "ab":
        for i in range(3):
            try:
                return i
            finally:
                break
    return "d-end"
print(d())
