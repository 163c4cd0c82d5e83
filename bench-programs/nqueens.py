# args: 6
import sys


def solve_bitmask(size):
    full = (1 << size) - 1
    count = 0

    def place(cols, d1, d2):
        nonlocal count
        if cols == full:
            count += 1
            return
        avail = full & ~(cols | d1 | d2)
        while avail:
            bit = avail & -avail
            avail -= bit
            place(cols | bit, ((d1 | bit) << 1) & full, (d2 | bit) >> 1)

    place(0, 0, 0)
    return count


def solve_lists(size):
    cols = [False] * size
    diag1 = [False] * (2 * size)
    diag2 = [False] * (2 * size)
    board = [0] * size
    solutions = []

    def go(row):
        if row == size:
            if len(solutions) < 3:
                solutions.append(tuple(board))
            return 1
        total = 0
        for c in range(size):
            if not cols[c] and not diag1[row + c] and not diag2[row - c + size]:
                cols[c] = diag1[row + c] = diag2[row - c + size] = True
                board[row] = c
                total += go(row + 1)
                cols[c] = diag1[row + c] = diag2[row - c + size] = False
        return total

    return go(0), solutions


def format_board(sol):
    size = len(sol)
    return ["".join(["Q" if sol[r] == c else "." for c in range(size)]) for r in range(size)]


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 12
    total, first = solve_lists(n)
    print("n =", n, "solutions (lists) =", total)
    for k in range(4, n + 1):
        print("  bitmask", k, "->", solve_bitmask(k))
    if first:
        print("first solution:", first[0])
        for line in format_board(first[0]):
            print("  " + line)
