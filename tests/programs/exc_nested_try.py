def level(n):
    print("enter level", n)
    try:
        if n == 0:
            raise ValueError("bottom")
        return level(n - 1)
    except TypeError:
        print("level", n, "caught TypeError (never)")
    finally:
        print("leave level", n)


try:
    level(3)
except ValueError as e:
    print("top caught", e)
try:
    try:
        try:
            raise KeyError("deep")
        except IndexError:
            print("no")
        finally:
            print("finally 1")
    except KeyError as e:
        print("middle caught", repr(e))
        raise IndexError("converted")
    finally:
        print("finally 2")
except IndexError as e:
    print("outer caught", e)
    try:
        raise TypeError("inside handler")
    except TypeError as inner:
        print("inner handler", inner)
    print("still in outer handler", e)
finally:
    print("finally 3")
results = []
for v in [1, 0, "a", None]:
    try:
        try:
            results.append(10 / v)
        except ZeroDivisionError:
            results.append("zero")
            raise ArithmeticError("re")
    except ArithmeticError:
        results.append("arith")
    except TypeError:
        results.append("type")
print(results)


def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        try:
            return a / (b + 1)
        except TypeError:
            return "nested type"


print(safe_div(4, 2), safe_div(4, 0))
count = 0
while True:
    try:
        count += 1
        if count < 3:
            raise ValueError(count)
        break
    except ValueError as e:
        print("retry after", e)
print("count", count)
