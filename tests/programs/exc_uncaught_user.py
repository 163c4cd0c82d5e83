class BudgetExceeded(Exception):
    def __init__(self, spent, limit):
        super().__init__(spent, limit)
        self.spent = spent
        self.limit = limit

    def __str__(self):
        return "spent %d over limit %d" % (self.spent, self.limit)


def spend(budget, amounts):
    total = 0
    for a in amounts:
        total += a
        print("total now", total)
        if total > budget:
            raise BudgetExceeded(total, budget)
    return total


try:
    spend(10, [5, 6])
except BudgetExceeded as e:
    print("caught:", e, e.args)
print(spend(100, [1, 2, 3]))
spend(5, [2, 2, 2])
