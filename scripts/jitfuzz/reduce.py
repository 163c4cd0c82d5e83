"""Reducer: shrinks a failing program's lines while the difference stays."""

import ast
import re
import time
import warnings

from .kernel import CLAUSES


# Reduction: greedy delta debugging over statements, block headers, subexpressions and
# the n values, keeping the program valid and the difference present.

def indent(line):
    return len(line) - len(line.lstrip())


def is_code(line):
    return line.strip() and not line.lstrip().startswith("#")


def block_end(lines, i):
    """End of the statement at line i: its block, and its else/except/... clauses."""
    ind, j = indent(lines[i]), i + 1
    while True:
        while j < len(lines) and (not is_code(lines[j]) or indent(lines[j]) > ind):
            j += 1
        if j < len(lines) and indent(lines[j]) == ind and lines[j].lstrip().startswith(CLAUSES):
            j += 1
            continue
        return j


def statements(lines, top_only=False):
    """(start, end) of every statement (a clause starts none of its own)."""
    out = []
    for i, line in enumerate(lines):
        if not is_code(line) or line.lstrip().startswith(CLAUSES):
            continue
        if top_only and indent(line) > 0:
            continue
        out.append((i, block_end(lines, i)))
    return out


def dedent_block(lines, i, j):
    """The body of the clause header at line i (up to j), dedented to the header's level."""
    body = lines[i + 1:j]
    code = [x for x in body if is_code(x)]
    if not code:
        return None
    shift = indent(code[0]) - indent(lines[i])
    return [x[shift:] if is_code(x) else x for x in body]


def unwrap_candidates(lines):
    """Each compound statement (not def/class) replaced by one of its clauses' bodies."""
    for i, j in statements(lines):
        head = lines[i].lstrip()
        if not head.rstrip().endswith(":") or head.startswith(("def ", "class ", "@")):
            continue
        ind = indent(lines[i])
        starts = [k for k in range(i, j) if is_code(lines[k]) and indent(lines[k]) == ind]
        for a, b in zip(starts, starts[1:] + [j]):
            body = dedent_block(lines, a, b)
            if body is not None:
                yield lines[:i] + body + lines[j:]


SIMPLIFY = (ast.BinOp, ast.Call, ast.IfExp, ast.BoolOp, ast.UnaryOp, ast.Subscript)


def expr_candidates(lines):
    """One subexpression of one line replaced by one of its operands."""
    for n, line in enumerate(lines):
        text = line.strip()
        if not is_code(line) or text.startswith(("def ", "class ", "@")):
            continue
        header = text.endswith(":")
        try:
            tree = ast.parse(text + " pass" if header else text)
        except SyntaxError:
            continue
        for node in ast.walk(tree):
            if isinstance(node, (ast.Tuple, ast.List)) and len(node.elts) > 1:
                for k in range(len(node.elts)):
                    shorter = type(node)(node.elts[:k] + node.elts[k + 1:], node.ctx)
                    new = replace_node(tree, node, shorter)
                    if new and "\n" not in new:
                        yield lines[:n] + [" " * indent(line) + new] + lines[n + 1:]
            if not isinstance(node, SIMPLIFY):
                continue
            for child in ast.iter_child_nodes(node):
                if not isinstance(child, ast.expr) or isinstance(child, ast.Name) and \
                        isinstance(node, ast.Call) and child is node.func:
                    continue
                new = replace_node(tree, node, child)
                if new is None:
                    continue
                new = new.splitlines()[0] if header else new
                if header and not new.endswith(":"):
                    continue
                if "\n" not in new and new != text:
                    yield lines[:n] + [" " * indent(line) + new] + lines[n + 1:]


def replace_node(tree, old, new):
    """The source of tree with old replaced by new (tree is left as it was)."""
    for parent in ast.walk(tree):
        for field, value in ast.iter_fields(parent):
            slots = value if isinstance(value, list) else [value]
            for k, v in enumerate(slots):
                if v is not old:
                    continue
                put = (lambda x: value.__setitem__(k, x)) if isinstance(value, list) else \
                    (lambda x: setattr(parent, field, x))
                put(new)
                try:
                    return ast.unparse(tree)
                finally:
                    put(old)
    return None


def ns_candidates(lines):
    """A driver line `for n in (...)` with one value fewer."""
    for n, line in enumerate(lines):
        m = re.match(r"(\s*for n in )\(([^)]*)\)(:)$", line)
        if not m:
            continue
        values = [v.strip() for v in m.group(2).split(",") if v.strip()]
        for k in range(len(values)):
            rest = values[:k] + values[k + 1:]
            if rest:
                tup = f"({', '.join(rest)}{',' if len(rest) == 1 else ''})"
                yield lines[:n] + [m.group(1) + tup + m.group(3)] + lines[n + 1:]


def compiles(lines):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            compile("\n".join(lines) + "\n", "<fuzz>", "exec")
            return True
        except (SyntaxError, ValueError):
            return False


class Reducer:
    """Shrinks lines while still_fails(lines) holds, within a budget of tests."""

    def __init__(self, still_fails, max_tests=500, max_secs=300):
        self.still_fails, self.tests = still_fails, 0
        self.max_tests, self.deadline = max_tests, time.monotonic() + max_secs

    def out_of_budget(self):
        return self.tests >= self.max_tests or time.monotonic() > self.deadline

    def test(self, lines):
        if not compiles(lines) or self.out_of_budget():
            return False
        self.tests += 1
        return self.still_fails(lines)

    def ddmin_top(self, lines):
        chunk = max(1, len(statements(lines, top_only=True)) // 2)
        while chunk >= 1:
            i = 0
            while i < len(statements(lines, top_only=True)):
                top = statements(lines, top_only=True)[i:i + chunk]
                cand = lines[:top[0][0]] + lines[top[-1][1]:]
                if self.test(cand):
                    lines = cand
                else:
                    i += chunk
            chunk //= 2
        return lines

    def drop_statements(self, lines):
        i = 0
        while i < len(statements(lines)):
            a, b = statements(lines)[i]
            cand = lines[:a] + lines[b:]
            if self.test(cand):
                lines = cand
            else:
                i += 1
        return lines

    def rewrite(self, lines, candidates):
        """Apply the first candidate rewrite that keeps failing, again and again; after
        a success, resume at the same candidate index (the earlier ones failed)."""
        pos, progress = 0, True
        while progress:
            progress = False
            for k, cand in enumerate(candidates(lines)):
                if k >= pos and self.test(cand):
                    lines, pos, progress = cand, k, True
                    break
        return lines

    def reduce(self, lines):
        lines = self.ddmin_top(lines)
        for _ in range(4):
            before = lines
            lines = self.drop_statements(lines)
            for candidates in (unwrap_candidates, ns_candidates, expr_candidates):
                lines = self.rewrite(lines, candidates)
            if lines == before or self.out_of_budget():
                break
        tidy = [x for x in lines if x.strip()]
        return tidy if self.test(tidy) else lines
