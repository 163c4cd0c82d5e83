class Plain:
    pass


a = Plain()
b = Plain()
print(a == a, a == b, a != b, a != a)
print(a is a, a is b)
print([a, b].index(b), b in [a], b in [a, b])
print(a == None, None == a)
print(a.__eq__(b), a.__eq__(a))
print(a.__ne__(b))


class EqOnly:
    def __init__(self, k):
        self.k = k

    def __eq__(self, o):
        print("  eq called")
        return isinstance(o, EqOnly) and self.k == o.k


x = EqOnly(1)
y = EqOnly(1)
z = EqOnly(2)
print(x == y, x != y)
print(x == z, x != z)
print(x in [z, y])
print([x].count(y))
print(x is y)


class EqNe:
    def __eq__(self, o):
        return True

    def __ne__(self, o):
        return "custom-ne"


print(EqNe() == 1, EqNe() != 1)


class RetStr:
    def __eq__(self, o):
        return "yes"


print(RetStr() == 1, RetStr() != 1, bool(RetStr() == 1))
print(1 == 1.0, 1 != 1.0, "a" == "a", [1, 2] == [1, 2], (1,) == [1])
print(None == None, None is None, float("nan") == float("nan"))
nan = float("nan")
lst = [nan]
print(nan in lst, lst == [nan], lst.count(nan))
