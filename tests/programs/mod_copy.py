import copy

orig = [1, [2, 3], {"k": [4]}]
sh = copy.copy(orig)
dp = copy.deepcopy(orig)
orig[1].append(99)
orig[2]["k"].append(5)
orig.append("top")
print(orig)
print(sh)
print(dp)
print(sh[1] is orig[1], dp[1] is orig[1], sh is orig)
d = {"a": [1], "b": {"c": [2]}}
d2 = copy.deepcopy(d)
d2["b"]["c"].append(3)
print(d, d2)
shared = [0]
pair = [shared, shared]
dp_pair = copy.deepcopy(pair)
print(dp_pair[0] is dp_pair[1], dp_pair[0] is shared)
rec = [1]
rec.append(rec)
rc = copy.deepcopy(rec)
print(rc[1] is rc, rc is rec, rc)


class Node:
    def __init__(self, val, children=None):
        self.val = val
        self.children = children or []

    def __repr__(self):
        return "Node(%r, %r)" % (self.val, self.children)


tree = Node(1, [Node(2), Node(3, [Node(4)])])
t_sh = copy.copy(tree)
t_dp = copy.deepcopy(tree)
tree.children[1].val = 30
tree.children.append(Node(5))
print(tree)
print(t_sh)
print(t_dp)
print(type(t_dp).__name__, t_sh.children is tree.children, t_dp.children is tree.children)


class Custom:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print("  __copy__ called")
        return Custom(self.v + ["copied"])

    def __deepcopy__(self, memo):
        print("  __deepcopy__ called")
        return Custom(["deep"])


c = Custom([1])
print(copy.copy(c).v, copy.deepcopy(c).v)
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) == (1, 2))
s = "immutable"
print(copy.copy(s) is s, copy.deepcopy(5), copy.copy(None))
nested = [[0] * 2 for _ in range(2)]
n2 = copy.deepcopy(nested)
n2[0][0] = 9
print(nested, n2, list.copy(nested)[0] is nested[0])
print(copy.copy({1, 2}), copy.deepcopy(frozenset([3])), copy.copy({"x": 1}))
