# args: 1500
"""Chaos-game and iterated-function-system fractals accumulated into hit grids."""
import math
import random
import sys
from collections import namedtuple
from itertools import accumulate

Affine = namedtuple("Affine", "a b c d e f weight")


class Grid:
    def __init__(self, width, height, xmin, xmax, ymin, ymax):
        self.width = width
        self.height = height
        self.xmin = xmin
        self.ymin = ymin
        self.sx = width / (xmax - xmin)
        self.sy = height / (ymax - ymin)
        self.cells = [[0] * width for _ in range(height)]
        self.outside = 0

    def plot(self, x, y):
        i = int((x - self.xmin) * self.sx)
        j = int((y - self.ymin) * self.sy)
        if 0 <= i < self.width and 0 <= j < self.height:
            self.cells[self.height - 1 - j][i] += 1
        else:
            self.outside += 1

    @property
    def filled(self):
        return sum(1 for row in self.cells for v in row if v)

    def checksum(self):
        h = 0
        for row in self.cells:
            for v in row:
                h = (h * 1000003 + v) & 0xFFFFFFFF
        return h

    def render(self, cols=48, rows=20):
        shades = " .:-=+*#%@"
        bw = max(1, self.width // cols)
        bh = max(1, self.height // rows)
        peak = 1
        blocks = []
        for r0 in range(0, self.height - bh + 1, bh):
            line = []
            for c0 in range(0, self.width - bw + 1, bw):
                total = sum(self.cells[r][c] for r in range(r0, r0 + bh) for c in range(c0, c0 + bw))
                line.append(total)
                peak = max(peak, total)
            blocks.append(line)
        out = []
        for line in blocks:
            out.append("".join(shades[0 if v == 0 else 1 + (v * 8) // peak] for v in line))
        return out

    def __repr__(self):
        return f"Grid({self.width}x{self.height}, filled={self.filled}, outside={self.outside})"


class ChaosGame:
    """Jump a fraction of the way toward a randomly chosen vertex."""

    def __init__(self, vertices, ratio, forbid_repeat=False):
        self.vertices = vertices
        self.ratio = ratio
        self.forbid_repeat = forbid_repeat

    def run(self, grid, steps):
        x, y = 0.1, 0.1
        last = None
        r = self.ratio
        for n in range(steps):
            v = random.choice(self.vertices)
            if self.forbid_repeat and v is last:
                continue
            last = v
            x += (v[0] - x) * r
            y += (v[1] - y) * r
            if n > 20:
                grid.plot(x, y)
        return grid


class IFS:
    """Pick an affine map with probability proportional to its weight."""

    def __init__(self, maps):
        self.maps = maps
        total = sum(m.weight for m in maps)
        self.cumulative = [w / total for w in accumulate(m.weight for m in maps)]

    def pick(self, u):
        for m, c in zip(self.maps, self.cumulative):
            if u < c:
                return m
        return self.maps[-1]

    def run(self, grid, steps):
        x = y = 0.0
        for n in range(steps):
            m = self.pick(random.random())
            x, y = m.a * x + m.b * y + m.e, m.c * x + m.d * y + m.f
            if n > 20:
                grid.plot(x, y)
        return grid


def polygon(k, radius=1.0):
    return [(radius * math.cos(2 * math.pi * i / k + math.pi / 2),
             radius * math.sin(2 * math.pi * i / k + math.pi / 2)) for i in range(k)]


FERN = IFS([
    Affine(0.0, 0.0, 0.0, 0.16, 0.0, 0.0, 1),
    Affine(0.85, 0.04, -0.04, 0.85, 0.0, 1.6, 85),
    Affine(0.2, -0.26, 0.23, 0.22, 0.0, 1.6, 7),
    Affine(-0.15, 0.28, 0.26, 0.24, 0.0, 0.44, 7),
])

DRAGON = IFS([
    Affine(0.824074, 0.281482, -0.212346, 0.864198, -1.882290, -0.110607, 787473),
    Affine(0.088272, 0.520988, -0.463889, -0.377778, 0.785360, 8.095795, 212527),
])


def main():
    steps = int(sys.argv[1]) if len(sys.argv) > 1 else 300000
    random.seed(2024)
    res = max(16, min(96, int(math.sqrt(steps) / 3.5)))
    runs = [
        ("sierpinski", ChaosGame(polygon(3), 0.5), Grid(res, res * 5 // 6, -1.0, 1.0, -0.6, 1.05)),
        ("pentagon", ChaosGame(polygon(5), 0.618, forbid_repeat=True), Grid(res, res, -1.05, 1.05, -1.0, 1.05)),
        ("square-norepeat", ChaosGame(polygon(4), 0.5, forbid_repeat=True), Grid(res, res, -1.0, 1.0, -1.0, 1.0)),
        ("fern", FERN, Grid(res * 5 // 8, res, -2.2, 2.7, 0.0, 10.0)),
        ("dragon", DRAGON, Grid(res, res * 2 // 3, -7.0, 6.5, 0.0, 10.0)),
    ]
    overall = 0
    for name, system, grid in runs:
        system.run(grid, steps)
        cs = grid.checksum()
        overall ^= cs
        print(f"{name:16} {grid!r} checksum={cs:08x}")
    for name, _, grid in runs[:2] + runs[3:4]:
        print(f"--- {name}")
        for line in grid.render(cols=48, rows=min(16, res // 2)):
            print("|" + line.rstrip() + "|")
    print(f"overall: {overall:08x}")
    print("random state probe:", random.randrange(1000000), round(random.random(), 6))


if __name__ == "__main__":
    main()
