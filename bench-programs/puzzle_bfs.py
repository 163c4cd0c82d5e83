# args: 2
"""Sliding-tile puzzles: breadth-first search and A* (Manhattan distance)."""
import heapq
import random
import sys
from collections import Counter, deque, namedtuple

SearchResult = namedtuple("SearchResult", ["moves", "expanded", "path"])


class Unsolvable(Exception):
    pass


class SlidingPuzzle:
    def __init__(self, size):
        self.size = size
        self.cells = size * size
        self.goal = tuple(list(range(1, self.cells)) + [0])
        self.goal_pos = {tile: i for i, tile in enumerate(self.goal)}
        # neighbours of each blank position, in a fixed order (up, down, left, right)
        self.adjacent = []
        for i in range(self.cells):
            r, c = divmod(i, size)
            adj = []
            for dr, dc in ((-1, 0), (1, 0), (0, -1), (0, 1)):
                rr, cc = r + dr, c + dc
                if 0 <= rr < size and 0 <= cc < size:
                    adj.append(rr * size + cc)
            self.adjacent.append(tuple(adj))
        # manhattan[tile][pos]: distance of tile at pos from its home
        self.manhattan = [[0] * self.cells for _ in range(self.cells)]
        for tile in range(1, self.cells):
            gr, gc = divmod(self.goal_pos[tile], size)
            for pos in range(self.cells):
                r, c = divmod(pos, size)
                self.manhattan[tile][pos] = abs(r - gr) + abs(c - gc)

    def neighbours(self, state):
        blank = state.index(0)
        for pos in self.adjacent[blank]:
            s = list(state)
            s[blank], s[pos] = s[pos], 0
            yield tuple(s)

    def heuristic(self, state):
        table = self.manhattan
        return sum(table[tile][pos] for pos, tile in enumerate(state) if tile)

    def solvable(self, state):
        tiles = [t for t in state if t]
        inversions = sum(1 for i in range(len(tiles)) for j in range(i + 1, len(tiles))
                         if tiles[i] > tiles[j])
        if self.size % 2 == 1:
            return inversions % 2 == 0
        blank_row_from_bottom = self.size - state.index(0) // self.size
        return (inversions + blank_row_from_bottom) % 2 == 1

    def scramble(self, rng, steps):
        state = self.goal
        previous = None
        for _ in range(steps):
            options = [n for n in self.neighbours(state) if n != previous]
            previous = state
            state = rng.choice(options)
        return state

    def shuffled(self, rng):
        tiles = list(self.goal)
        rng.shuffle(tiles)
        if not self.solvable(tuple(tiles)):
            # swapping two non-blank tiles flips the parity
            a, b = [i for i, t in enumerate(tiles) if t][:2]
            tiles[a], tiles[b] = tiles[b], tiles[a]
        return tuple(tiles)

    @staticmethod
    def _path(parents, state):
        path = []
        while state is not None:
            path.append(state)
            state = parents[state]
        path.reverse()
        return path

    def bfs(self, start):
        if not self.solvable(start):
            raise Unsolvable(start)
        parents = {start: None}
        queue = deque([start])
        goal = self.goal
        while queue:
            state = queue.popleft()
            if state == goal:
                path = self._path(parents, state)
                return SearchResult(len(path) - 1, len(parents), path)
            for nxt in self.neighbours(state):
                if nxt not in parents:
                    parents[nxt] = state
                    queue.append(nxt)
        raise Unsolvable(start)

    def astar(self, start):
        if not self.solvable(start):
            raise Unsolvable(start)
        goal = self.goal
        best_g = {start: 0}
        parents = {start: None}
        counter = 0
        heap = [(self.heuristic(start), 0, counter, start)]
        expanded = 0
        while heap:
            f, g, _, state = heapq.heappop(heap)
            if g > best_g[state]:
                continue
            expanded += 1
            if state == goal:
                path = self._path(parents, state)
                return SearchResult(g, expanded, path)
            for nxt in self.neighbours(state):
                ng = g + 1
                if ng < best_g.get(nxt, 1 << 30):
                    best_g[nxt] = ng
                    parents[nxt] = state
                    counter += 1
                    heapq.heappush(heap, (ng + self.heuristic(nxt), ng, counter, nxt))
        raise Unsolvable(start)

    def show(self, state):
        w = len(str(self.cells - 1))
        return [" ".join(str(t).rjust(w) if t else "_" * w for t in state[r * self.size:(r + 1) * self.size])
                for r in range(self.size)]

    def __repr__(self):
        return f"SlidingPuzzle({self.size}x{self.size})"


def moved_tiles(path):
    """Which tile slid at every step of a path."""
    out = []
    for a, b in zip(path, path[1:]):
        out.append(a[b.index(0)])
    return out


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 64
    rng = random.Random(31337)
    eight = SlidingPuzzle(3)
    lengths = Counter()
    total_bfs = total_astar = 0
    for i in range(n):
        start = eight.scramble(rng, 12 + i % 10)
        r1 = eight.bfs(start)
        r2 = eight.astar(start)
        assert r1.moves == r2.moves, (r1.moves, r2.moves)
        lengths[r1.moves] += 1
        total_bfs += r1.expanded
        total_astar += r2.expanded
        if i == 0:
            print(repr(eight), "first puzzle:")
            for line in eight.show(start):
                print("   ", line)
            print("    solution:", moved_tiles(r1.path))
    print(f"8-puzzle: {n} scrambles, bfs states={total_bfs} astar expanded={total_astar}")
    print("    length histogram:", sorted(lengths.items()))

    hard = []
    for i in range(n // 8):
        start = eight.shuffled(rng)
        r = eight.astar(start)
        hard.append(r.moves)
        total_astar += r.expanded
    print("8-puzzle random shuffles, optimal lengths:", hard)

    fifteen = SlidingPuzzle(4)
    for i in range(max(1, n // 4)):
        start = fifteen.scramble(rng, 20 + 2 * (i % 10))
        r = fifteen.astar(start)
        check = sum((k + 1) * t for k, t in enumerate(moved_tiles(r.path)))
        print(f"15-puzzle #{i}: moves={r.moves} expanded={r.expanded} check={check}")
        if i == 0:
            for line in fifteen.show(start):
                print("   ", line)

    try:
        eight.bfs((2, 1, 3, 4, 5, 6, 7, 8, 0))
    except Unsolvable as e:
        print("unsolvable detected:", e.args[0])
    print("total A* expansions:", total_astar)


if __name__ == "__main__":
    main()
