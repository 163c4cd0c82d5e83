class Node:
    def __init__(self, val, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right

def inorder(n):
    if n is None:
        return
    yield from inorder(n.left)
    yield n.val
    yield from inorder(n.right)

def preorder(n):
    if n:
        yield n.val
        yield from preorder(n.left)
        yield from preorder(n.right)

def postorder(n):
    if n:
        for v in postorder(n.left):
            yield v
        for v in postorder(n.right):
            yield v
        yield n.val

def insert(root, v):
    if root is None:
        return Node(v)
    if v < root.val:
        root.left = insert(root.left, v)
    else:
        root.right = insert(root.right, v)
    return root

root = None
for v in [50, 30, 70, 20, 40, 60, 80, 35, 65]:
    root = insert(root, v)
print(list(inorder(root)))
print(list(preorder(root)))
print(list(postorder(root)))

def paths(n, prefix=()):
    if n is None:
        return
    here = prefix + (n.val,)
    if n.left is None and n.right is None:
        yield here
    yield from paths(n.left, here)
    yield from paths(n.right, here)

for p in paths(root):
    print("path", p)

def walk_dict(d, prefix=""):
    for k in sorted(d):
        v = d[k]
        key = prefix + "." + k if prefix else k
        if isinstance(v, dict):
            yield from walk_dict(v, key)
        else:
            yield key, v

cfg = {"db": {"host": "h", "port": 5432, "opts": {"ssl": True}}, "debug": False, "name": "app"}
for k, v in walk_dict(cfg):
    print(k, "=", v)

def depth_first(graph, start, seen=None):
    if seen is None:
        seen = set()
    seen.add(start)
    yield start
    for nxt in graph[start]:
        if nxt not in seen:
            yield from depth_first(graph, nxt, seen)

graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["a"], "e": []}
print(list(depth_first(graph, "a")))
it = inorder(root)
print(next(it), next(it), next(it))
print(sum(inorder(root)), max(preorder(root)))
