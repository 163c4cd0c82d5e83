def a():
    for i in range(3):
        try:
            raise ValueError
        except ValueError:
            return "exc-ret"
        finally:
            continue
    return "end-a"
print(a())
