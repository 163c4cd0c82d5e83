# args: 1
"""Constraint solving: sudoku via propagation + backtracking, and a DPLL SAT solver."""
import random
import sys
from collections import Counter
from functools import reduce

DIGITS = frozenset(range(1, 10))


class Contradiction(Exception):
    """Raised when propagation empties a domain."""


def build_geometry():
    rows = [[r * 9 + c for c in range(9)] for r in range(9)]
    cols = [[r * 9 + c for r in range(9)] for c in range(9)]
    boxes = [[(br * 3 + r) * 9 + bc * 3 + c for r in range(3) for c in range(3)]
             for br in range(3) for bc in range(3)]
    all_units = rows + cols + boxes
    units = {cell: [u for u in all_units if cell in u] for cell in range(81)}
    peers = {cell: frozenset(x for u in units[cell] for x in u if x != cell)
             for cell in range(81)}
    return units, peers


UNITS, PEERS = build_geometry()


class Sudoku:
    def __init__(self, givens):
        self.givens = givens
        self.nodes = 0

    def initial(self):
        values = {cell: set(DIGITS) for cell in range(81)}
        for cell, d in enumerate(self.givens):
            if d:
                self.assign(values, cell, d)
        return values

    def assign(self, values, cell, digit):
        for other in sorted(values[cell] - {digit}):
            self.eliminate(values, cell, other)

    def eliminate(self, values, cell, digit):
        cands = values[cell]
        if digit not in cands:
            return
        cands.discard(digit)
        if not cands:
            raise Contradiction(cell)
        if len(cands) == 1:
            (last,) = cands
            for p in sorted(PEERS[cell]):
                self.eliminate(values, p, last)
        for unit in UNITS[cell]:
            places = [c for c in unit if digit in values[c]]
            if not places:
                raise Contradiction(cell)
            if len(places) == 1:
                self.assign(values, places[0], digit)

    def search(self, values):
        self.nodes += 1
        open_cells = [(len(v), c) for c, v in values.items() if len(v) > 1]
        if not open_cells:
            return values
        _, cell = min(open_cells)
        for digit in sorted(values[cell]):
            trial = {c: set(v) for c, v in values.items()}
            try:
                self.assign(trial, cell, digit)
                result = self.search(trial)
            except Contradiction:
                continue
            if result is not None:
                return result
        return None

    def solve(self):
        try:
            values = self.initial()
        except Contradiction:
            return None
        result = self.search(values)
        if result is None:
            return None
        return [next(iter(result[c])) for c in range(81)]


def valid_solution(grid, givens):
    for units in UNITS.values():
        for u in units:
            if sorted(grid[c] for c in u) != list(range(1, 10)):
                return False
    return all(g == 0 or g == s for g, s in zip(givens, grid))


def make_puzzle(rng, keep):
    base = [[(r * 3 + r // 3 + c) % 9 + 1 for c in range(9)] for r in range(9)]
    bands = [0, 1, 2]
    rng.shuffle(bands)
    row_order = []
    for b in bands:
        inner = [0, 1, 2]
        rng.shuffle(inner)
        row_order.extend(b * 3 + i for i in inner)
    stacks = [0, 1, 2]
    rng.shuffle(stacks)
    col_order = []
    for s in stacks:
        inner = [0, 1, 2]
        rng.shuffle(inner)
        col_order.extend(s * 3 + i for i in inner)
    perm = list(range(1, 10))
    rng.shuffle(perm)
    grid = [perm[base[r][c] - 1] for r in row_order for c in col_order]
    cells = list(range(81))
    rng.shuffle(cells)
    kept = set(cells[:keep])
    return [grid[i] if i in kept else 0 for i in range(81)]


def grid_lines(grid):
    return ["".join(str(d) if d else "." for d in grid[r * 9:(r + 1) * 9]) for r in range(9)]


# ---------------------------------------------------------------- SAT / DPLL

class DPLL:
    def __init__(self, num_vars, clauses):
        self.num_vars = num_vars
        self.clauses = [tuple(c) for c in clauses]
        self.decisions = 0
        self.propagations = 0

    @staticmethod
    def simplify(clauses, lit):
        out = []
        for clause in clauses:
            if lit in clause:
                continue
            if -lit in clause:
                reduced = tuple(x for x in clause if x != -lit)
                if not reduced:
                    raise Contradiction(lit)
                out.append(reduced)
            else:
                out.append(clause)
        return out

    def unit_propagate(self, clauses, assignment):
        while True:
            unit = None
            for clause in clauses:
                if len(clause) == 1:
                    unit = clause[0]
                    break
            if unit is None:
                return clauses
            self.propagations += 1
            assignment[abs(unit)] = unit > 0
            clauses = self.simplify(clauses, unit)

    def solve(self, clauses=None, assignment=None):
        if clauses is None:
            clauses = self.clauses
            assignment = {}
        try:
            clauses = self.unit_propagate(clauses, assignment)
        except Contradiction:
            return None
        if not clauses:
            return assignment
        counts = Counter(lit for clause in clauses for lit in clause)
        lit, _ = max(counts.items(), key=lambda kv: (kv[1], -abs(kv[0]), kv[0]))
        for choice in (lit, -lit):
            self.decisions += 1
            trial = dict(assignment)
            trial[abs(choice)] = choice > 0
            try:
                reduced = self.simplify(clauses, choice)
            except Contradiction:
                continue
            result = self.solve(reduced, trial)
            if result is not None:
                return result
        return None


def random_3sat(rng, n, m):
    clauses = []
    for _ in range(m):
        vs = rng.sample(range(1, n + 1), 3)
        clauses.append([v if rng.random() < 0.5 else -v for v in vs])
    return clauses


def check_model(clauses, model):
    return all(any(model.get(abs(l), False) == (l > 0) for l in c) for c in clauses)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    rng = random.Random(12345)
    total_nodes = 0
    checksum = 0
    solved = 0
    for i in range(n):
        keep = 24 + (i % 5)
        puzzle = make_puzzle(rng, keep)
        solver = Sudoku(puzzle)
        grid = solver.solve()
        total_nodes += solver.nodes
        if grid is not None and valid_solution(grid, puzzle):
            solved += 1
            checksum = (checksum * 131 + reduce(lambda a, d: a * 10 + d, grid[:9], 0)) % 1000000007
        if i < 2:
            print(f"puzzle {i} ({keep} givens):")
            for a, b in zip(grid_lines(puzzle), grid_lines(grid or [0] * 81)):
                print(f"  {a}   {b}")
    print(f"sudoku: solved {solved}/{n} nodes={total_nodes} checksum={checksum}")

    sat_count = 0
    for k in range(max(1, n // 5)):
        nv = 30 + (k % 6) * 5
        clauses = random_3sat(rng, nv, int(nv * 4.26))
        solver = DPLL(nv, clauses)
        model = solver.solve()
        status = "SAT" if model is not None else "UNSAT"
        if model is not None:
            sat_count += 1
            assert check_model(clauses, model), "bad model"
            bits = "".join("1" if model.get(v, False) else "0" for v in range(1, nv + 1))
        else:
            bits = "-"
        print(f"3-SAT #{k:2d} vars={nv} clauses={len(clauses)} {status:5} "
              f"decisions={solver.decisions} props={solver.propagations} {bits}")
    print(f"satisfiable: {sat_count}")


if __name__ == "__main__":
    main()
