"""Tagging programs: known interpreter bugs, kernel tags, what reduced kernels read and write."""

import ast
import re
import symtable


# Interpreter differences already known (also under --no-jit): the generator avoids them;
# a difference in a program matching one is class "known-interpreter", not reduced.
KNOWN_INTERPRETER_BUGS = [
    ("print of an object whose __str__ raises", r"def __str__\(self\):\s*\n\s*raise"),
    ("1 << 2**47", r"<<\s*2\s*\*\*\s*47"),
    ("0.0 ** float('-inf')", r"\*\*\s*float\(\s*'-inf'\s*\)"),
    ("assigning f.__defaults__", r"\.__defaults__\s*="),
    ("chr(0xD800)", r"chr\(\s*0x[dD][89a-fA-F]"),
    ("walrus in a module-level comprehension", r"^[^\s#].*\[[^\]]*:=.*\bfor\b"),
]


def known_interpreter_bug(src):
    for label, pattern in KNOWN_INTERPRETER_BUGS:
        if re.search(pattern, src, re.M):
            return label
    return None


def kernel_tags(src, line):
    """The tags of the kernel whose output line differs (from its `def kN(n):  # ...`)."""
    m = re.match(r"(k\w+) ", line or "")
    t = m and re.search(rf"^def {m.group(1)}\(n\):  # (.*)$", src, re.M)
    return t.group(1) if t else "?"


# What the kernels of a reduced program read and write (what tells findings apart).

PRELUDE_FUNCS = {"__init__", "get", "add", "setx", "px", "h_lin", "h_abs", "set_x", "push",
                 "put", "ck"}
HELPER_WRITES = {"set_x": "attribute", "setx": "attribute", "push": "list append",
                 "append": "list append", "pop": "list pop", "put": "dict store",
                 "add": "set add", "discard": "set discard"}
DISPLAYS = {ast.List: "list", ast.ListComp: "list", ast.Dict: "dict", ast.DictComp: "dict",
            ast.Set: "set"}


def container_types(tree):
    """name -> list/dict/set/module dict, from the displays assigned to it (or aliases)."""
    types = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            v, kind = node.value, DISPLAYS.get(type(node.value))
            if isinstance(v, ast.Name):
                kind = types.get(v.id)
            elif isinstance(v, ast.Call) and getattr(v.func, "id", "") == "globals":
                kind = "module dict"
            if kind:
                types[node.targets[0].id] = kind
    return types


def free_names(tree):
    """Names some function reads from an enclosing one (so cells there)."""
    names, todo = set(), [symtable.symtable(ast.unparse(tree), "<fuzz>", "exec")]
    while todo:
        table = todo.pop()
        if isinstance(table, symtable.Function):
            names.update(table.get_frees())
        todo += table.get_children()
    return names


def kernel_nodes(tree):
    """The AST nodes of the functions that are not the prelude's helpers."""
    funcs = [f for f in ast.walk(tree) if isinstance(f, ast.FunctionDef)
             and f.name not in PRELUDE_FUNCS]
    return [n for f in funcs for n in ast.walk(f)]


def read_kinds(tree, types, cells):
    """The kinds of memory reads in the kernels: "len(list)", "attr", "dict[k]", "cell"..."""
    kinds = set()
    for n in kernel_nodes(tree):
        load = isinstance(getattr(n, "ctx", None), ast.Load)
        if isinstance(n, ast.Call) and getattr(n.func, "id", "") == "len" and n.args:
            kinds.add(f"len({types.get(getattr(n.args[0], 'id', None), '?')})")
        elif isinstance(n, ast.Call) and getattr(n.func, "attr", "") in ("get", "add"):
            kinds.add("method")
        elif isinstance(n, ast.Attribute) and load and n.attr in ("x", "y", "px"):
            kinds.add("property" if n.attr == "px" else "attr")
        elif isinstance(n, ast.Subscript) and load and isinstance(n.value, ast.Name):
            t = types.get(n.value.id, "item")
            last = t == "list" and ast.unparse(n.slice).startswith("-")
            kinds.add(f"{t}[-1]" if last else f"{t}[k]")
        elif isinstance(n, ast.Name) and load and (n.id in cells or n.id.startswith("g_")):
            kinds.add("cell" if n.id in cells else "global")
        elif isinstance(n, ast.Compare) and isinstance(n.ops[0], ast.In):
            kinds.add("in")
    if "method" in kinds:
        kinds.discard("attr")   # the method's own self.x
    return "+".join(sorted(kinds)) or "nothing"


def memory_kinds(lines):
    """What the kernels of a reduced program read and write (what tells one finding from
    another), e.g. "len(list) / list append"."""
    try:
        tree = ast.parse("\n".join(lines))
    except SyntaxError:
        return "?"
    types, cells = container_types(tree), free_names(tree)
    return f"reads {read_kinds(tree, types, cells)} / writes {write_kinds(tree, types, cells)}"


def write_kinds(tree, types, cells):
    """The kinds of heap writes in the kernels: "attribute", "cell", "list pop"..."""
    kinds = set()
    for node in kernel_nodes(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store):
            kinds.add("attribute")
        elif isinstance(node, ast.Subscript) and isinstance(node.ctx, (ast.Store, ast.Del)):
            base = types.get(getattr(node.value, "id", None), "item")
            kinds.add(f"{base} {'delete' if isinstance(node.ctx, ast.Del) else 'store'}")
        elif isinstance(node, ast.Call):
            name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
            if name in HELPER_WRITES:
                kinds.add(HELPER_WRITES[name])
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store) and node.id in cells:
            kinds.add("cell")
        elif isinstance(node, ast.Global):
            kinds.add("global")
    if "set" not in types.values():
        kinds.discard("set add")   # P.add / Q.add, a read
    return "+".join(sorted(kinds)) or "no heap write"
