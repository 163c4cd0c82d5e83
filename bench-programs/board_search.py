# args: 1
"""Board-game search: tic-tac-toe solved by memoised minimax and
connect-four games played by alpha-beta searchers of different depths."""
import random
import sys
from functools import lru_cache

# ------------------------------------------------------------ tic-tac-toe

LINES3 = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]


def ttt_winner(board):
    for a, b, c in LINES3:
        if board[a] != "." and board[a] == board[b] == board[c]:
            return board[a]
    return None


@lru_cache(maxsize=None)
def ttt_value(board, to_move):
    """Value for X (+1 win, 0 draw, -1 loss) with perfect play."""
    w = ttt_winner(board)
    if w is not None:
        return 1 if w == "X" else -1
    if "." not in board:
        return 0
    other = "O" if to_move == "X" else "X"
    values = [ttt_value(board[:i] + to_move + board[i + 1:], other)
              for i, ch in enumerate(board) if ch == "."]
    return max(values) if to_move == "X" else min(values)


# ------------------------------------------------------------ connect four

ROWS = 6
COLS = 7
EMPTY = 0


class IllegalMove(Exception):
    pass


class GameOver(Exception):
    def __init__(self, winner):
        super().__init__(f"winner: {winner}")
        self.winner = winner


def _windows():
    out = []
    for r in range(ROWS):
        for c in range(COLS):
            for dr, dc in ((0, 1), (1, 0), (1, 1), (1, -1)):
                cells = [(r + k * dr, c + k * dc) for k in range(4)]
                if all(0 <= rr < ROWS and 0 <= cc < COLS for rr, cc in cells):
                    out.append(tuple(rr * COLS + cc for rr, cc in cells))
    return out


WINDOWS = _windows()
WINDOWS_AT = [[w for w in WINDOWS if i in w] for i in range(ROWS * COLS)]
CENTER_ORDER = sorted(range(COLS), key=lambda c: (abs(c - COLS // 2), c))
WINDOW_SCORE = {0: 0, 1: 1, 2: 8, 3: 50}


class Board:
    def __init__(self):
        self.cells = [EMPTY] * (ROWS * COLS)
        self.heights = [0] * COLS
        self.history = []

    def legal_moves(self):
        return [c for c in CENTER_ORDER if self.heights[c] < ROWS]

    def play(self, col, player):
        if not 0 <= col < COLS or self.heights[col] >= ROWS:
            raise IllegalMove(col)
        idx = self.heights[col] * COLS + col
        self.cells[idx] = player
        self.heights[col] += 1
        self.history.append(col)
        return idx

    def undo(self):
        col = self.history.pop()
        self.heights[col] -= 1
        self.cells[self.heights[col] * COLS + col] = EMPTY

    def wins_at(self, idx):
        p = self.cells[idx]
        cells = self.cells
        for w in WINDOWS_AT[idx]:
            if cells[w[0]] == p and cells[w[1]] == p and cells[w[2]] == p and cells[w[3]] == p:
                return True
        return False

    @property
    def full(self):
        return len(self.history) == ROWS * COLS

    def evaluate(self, player):
        cells = self.cells
        score = 0
        for w in WINDOWS:
            mine = theirs = 0
            for i in w:
                v = cells[i]
                if v == player:
                    mine += 1
                elif v != EMPTY:
                    theirs += 1
            if theirs == 0:
                score += WINDOW_SCORE[mine]
            elif mine == 0:
                score -= WINDOW_SCORE[theirs]
        return score

    def __str__(self):
        sym = {EMPTY: ".", 1: "X", 2: "O"}
        rows = []
        for r in range(ROWS - 1, -1, -1):
            rows.append(" ".join(sym[self.cells[r * COLS + c]] for c in range(COLS)))
        return "\n".join(rows)

    def __repr__(self):
        return "Board(" + "".join(str(c) for c in self.history) + ")"


class Player:
    def __init__(self, ident):
        self.ident = ident
        self.nodes = 0

    @property
    def opponent(self):
        return 3 - self.ident

    def choose(self, board):
        raise NotImplementedError


class RandomPlayer(Player):
    def __init__(self, ident, rng):
        super().__init__(ident)
        self.rng = rng

    def choose(self, board):
        return self.rng.choice(board.legal_moves())


class AlphaBetaPlayer(Player):
    WIN = 1000000

    def __init__(self, ident, depth):
        super().__init__(ident)
        self.depth = depth

    def negamax(self, board, depth, alpha, beta, player):
        self.nodes += 1
        moves = board.legal_moves()
        if not moves:
            return 0
        if depth == 0:
            return board.evaluate(player)
        best = -self.WIN * 10
        for col in moves:
            idx = board.play(col, player)
            try:
                if board.wins_at(idx):
                    value = self.WIN + depth
                else:
                    value = -self.negamax(board, depth - 1, -beta, -alpha, 3 - player)
            finally:
                board.undo()
            if value > best:
                best = value
            if best > alpha:
                alpha = best
            if alpha >= beta:
                break
        return best

    def choose(self, board):
        best_col, best_val = None, None
        alpha, beta = -self.WIN * 10, self.WIN * 10
        for col in board.legal_moves():
            idx = board.play(col, self.ident)
            try:
                if board.wins_at(idx):
                    value = self.WIN + self.depth
                else:
                    value = -self.negamax(board, self.depth - 1, -beta, -alpha, self.opponent)
            finally:
                board.undo()
            if best_val is None or value > best_val:
                best_col, best_val = col, value
                alpha = max(alpha, value)
        return best_col


def play_game(first, second, opening, verbose=False):
    board = Board()
    players = {1: first, 2: second}
    turn = 1
    try:
        for col in opening:
            idx = board.play(col, turn)
            if board.wins_at(idx):
                raise GameOver(turn)
            turn = 3 - turn
        while not board.full:
            col = players[turn].choose(board)
            idx = board.play(col, turn)
            if board.wins_at(idx):
                raise GameOver(turn)
            turn = 3 - turn
        raise GameOver(0)
    except GameOver as over:
        if verbose:
            print(board)
        return over.winner, board


def main():
    depth = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    games = 5
    rng = random.Random(77)

    # Tic-tac-toe: solve a few openings (and the empty board for deeper runs).
    if depth >= 3:
        print("tic-tac-toe value of empty board:", ttt_value("." * 9, "X"))
    for opening in ("XO..X....", "X...O...X", "XO.OX...X", "XX..O..O.", "X.O.X.O.."):
        to_move = "O" if opening.count("X") > opening.count("O") else "X"
        print(f"  {opening} ({to_move} to move) -> {ttt_value(opening, to_move)}")
    print("  positions cached:", ttt_value.cache_info().currsize)

    # Connect four: alpha-beta searchers of depth d-1 and d from random openings.
    tally = {0: 0, 1: 0, 2: 0}
    total_nodes = 0
    shallow = max(1, depth - 1)
    for g in range(games):
        opening = [rng.randrange(COLS) for _ in range(4)]
        a = AlphaBetaPlayer(1, shallow if g % 2 == 0 else depth)
        b = AlphaBetaPlayer(2, depth if g % 2 == 0 else shallow)
        winner, board = play_game(a, b, opening, verbose=(g == 0))
        tally[winner] += 1
        total_nodes += a.nodes + b.nodes
        print(f"game {g}: opening={opening} depths={a.depth}/{b.depth} "
              f"winner={winner} moves={len(board.history)} nodes={a.nodes}+{b.nodes} {board!r}")

    # Random player vs searcher; also exercise the illegal-move path.
    r = RandomPlayer(1, rng)
    s = AlphaBetaPlayer(2, min(depth, 2))
    winner, board = play_game(r, s, [])
    print(f"random vs searcher: winner={winner} after {len(board.history)} moves")
    try:
        full = Board()
        for _ in range(ROWS + 1):
            full.play(3, 1)
    except IllegalMove as e:
        print("illegal move caught in column", e.args[0])
    print("tally:", sorted(tally.items()), "total nodes:", total_nodes)


if __name__ == "__main__":
    main()
