import operator
from operator import itemgetter, attrgetter, methodcaller

print(operator.add(2, 3), operator.mul(4, 5), operator.sub(1, 9), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.mod(7, 3), operator.pow(2, 8), operator.neg(5), operator.abs(-3), operator.not_(0))
print(operator.eq(1, 1), operator.lt(1, 2), operator.ge(1, 2), operator.contains([1, 2], 2), operator.getitem("abc", 1))
print(operator.concat([1], [2]), operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.index(7))
rows = [("bob", 25, "sf"), ("amy", 30, "ny"), ("cy", 25, "la")]
print(sorted(rows, key=itemgetter(1)))
print(sorted(rows, key=itemgetter(1, 0)))
get_name = itemgetter(0)
print([get_name(r) for r in rows], itemgetter(2, 0)(rows[0]))
print(itemgetter("k")({"k": "v"}), itemgetter(slice(1, 3))("abcd"), itemgetter(-1)([1, 2, 3]))


class Emp:
    def __init__(self, name, dept, salary):
        self.name = name
        self.dept = dept
        self.salary = salary
        self.info = {"x": 1}

    def __repr__(self):
        return self.name

    def raise_by(self, pct):
        return self.salary * (100 + pct) // 100


emps = [Emp("zed", "eng", 100), Emp("ann", "ops", 90), Emp("kim", "eng", 120)]
print(sorted(emps, key=attrgetter("name")), sorted(emps, key=attrgetter("dept", "salary")))
print(attrgetter("salary")(emps[0]), attrgetter("name", "dept")(emps[1]))
Emp.boss = None
emps[0].boss = emps[2]
print(attrgetter("boss.name")(emps[0]))
print(max(emps, key=attrgetter("salary")), min(emps, key=attrgetter("salary")))
print(list(map(methodcaller("raise_by", 10), emps)), methodcaller("upper")("abc"))
print(list(map(operator.mul, [1, 2, 3], [4, 5, 6])))
from functools import reduce
print(reduce(operator.mul, range(1, 7)), reduce(operator.add, ["a", "b"]))
x = [1, 2]
y = operator.iadd(x, [3])
print(x, y is x)
d = {"a": 1}
operator.setitem(d, "b", 2)
operator.delitem(d, "a")
print(d, operator.truth([]), operator.is_(None, None), operator.is_not(1, None))
try:
    itemgetter(5)([1])
except IndexError as e:
    print("IndexError:", e)
try:
    attrgetter("nope")(emps[0])
except AttributeError as e:
    print("AttributeError:", e)
