# Monte-Carlo Go on a 9x9 board: random playouts with captures (flood-filled groups and
# liberties), suicide and eye checks, area scoring; the best first move by playout wins. Lists of
# ints, sets, tight loops with branches.
SIZE = 9
STRIDE = SIZE + 2
EMPTY, BLACK, WHITE, BORDER = 0, 1, 2, 3
OFFSETS = (1, -1, STRIDE, -STRIDE)
KOMI = 7


class Generator:
    """A linear congruential generator (the constants of Numerical Recipes)."""

    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1664525 + 1013904223) & 0xFFFFFFFF
        return (self.state >> 8) % bound


def new_board():
    board = [BORDER] * (STRIDE * STRIDE)
    for row in range(1, SIZE + 1):
        for col in range(1, SIZE + 1):
            board[row * STRIDE + col] = EMPTY
    return board


def group(board, start):
    """The stones of the group at start and the number of its liberties."""
    colour = board[start]
    stones = [start]
    seen = {start}
    liberties = set()
    i = 0
    while i < len(stones):
        p = stones[i]
        i += 1
        for d in OFFSETS:
            q = p + d
            v = board[q]
            if v == EMPTY:
                liberties.add(q)
            elif v == colour and q not in seen:
                seen.add(q)
                stones.append(q)
    return stones, len(liberties)


def play(board, p, colour):
    """Places a stone; returns the number captured, or -1 (and no change) for suicide."""
    board[p] = colour
    enemy = 3 - colour
    captured = 0
    for d in OFFSETS:
        q = p + d
        if board[q] == enemy:
            stones, libs = group(board, q)
            if libs == 0:
                for s in stones:
                    board[s] = EMPTY
                captured += len(stones)
    if captured == 0 and group(board, p)[1] == 0:
        board[p] = EMPTY
        return -1
    return captured


def is_eye(board, p, colour):
    for d in OFFSETS:
        v = board[p + d]
        if v != colour and v != BORDER:
            return False
    return True


def score(board):
    """Black's area minus White's (stones plus single-point territories)."""
    total = 0
    for p, v in enumerate(board):
        if v == BLACK:
            total += 1
        elif v == WHITE:
            total -= 1
        elif v == EMPTY:
            if is_eye(board, p, BLACK):
                total += 1
            elif is_eye(board, p, WHITE):
                total -= 1
    return total


def playout(board, colour, gen, max_moves):
    passes = 0
    moves = 0
    captures = 0
    while passes < 2 and moves < max_moves:
        candidates = [p for p, v in enumerate(board) if v == EMPTY and not is_eye(board, p, colour)]
        played = False
        while candidates:
            k = gen.next(len(candidates))
            p = candidates[k]
            candidates[k] = candidates[-1]
            candidates.pop()
            c = play(board, p, colour)
            if c >= 0:
                captures += c
                played = True
                break
        passes = 0 if played else passes + 1
        moves += 1
        colour = 3 - colour
    return score(board), moves, captures


def best_first_move(playouts, seed):
    gen = Generator(seed)
    empty = new_board()
    points = [p for p, v in enumerate(empty) if v == EMPTY]
    results = []
    total_moves = total_captures = 0
    for p in points[::4]:
        wins = 0
        for _ in range(playouts):
            board = list(empty)
            play(board, p, BLACK)
            s, moves, captures = playout(board, WHITE, gen, 200)
            wins += s > KOMI
            total_moves += moves
            total_captures += captures
        results.append((wins, -p))
    wins, p = max(results)
    return -p, wins, total_moves, total_captures


for playouts in (1, 3):
    p, wins, moves, captures = best_first_move(playouts, 2024)
    print("playouts=%d best=(%d, %d) wins=%d moves=%d captures=%d"
          % (playouts, p // STRIDE, p % STRIDE, wins, moves, captures))
