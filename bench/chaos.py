# The chaos game: an iterated function system of affine maps picked by a deterministic
# pseudo-random generator draws a fractal into a grid. Small vector objects with operators,
# tuple-heavy maps, integer arithmetic for the generator.
class Vec2:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec2(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        return Vec2(self.x * k, self.y * k)

    def transformed(self, m):
        a, b, c, d, e, f = m
        return Vec2(a * self.x + b * self.y + e, c * self.x + d * self.y + f)


class Generator:
    """A linear congruential generator (the constants of Numerical Recipes)."""

    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1664525 + 1013904223) & 0xFFFFFFFF
        return (self.state >> 8) % bound


# Barnsley's fern as (map, weight out of 100)
FERN = [((0.0, 0.0, 0.0, 0.16, 0.0, 0.0), 1),
        ((0.85, 0.04, -0.04, 0.85, 0.0, 1.6), 85),
        ((0.2, -0.26, 0.23, 0.22, 0.0, 1.6), 7),
        ((-0.15, 0.28, 0.26, 0.24, 0.0, 0.44), 7)]
TRIANGLE = [((0.5, 0.0, 0.0, 0.5, 0.0, 0.0), 34),
            ((0.5, 0.0, 0.0, 0.5, 0.5, 0.0), 33),
            ((0.5, 0.0, 0.0, 0.5, 0.25, 0.5), 33)]


def chaos_game(maps, points, size, seed):
    table = []
    for m, weight in maps:
        table.extend([m] * weight)
    gen = Generator(seed)
    grid = [[0] * size for _ in range(size)]
    p = Vec2(0.0, 0.0)
    xs, ys = [], []
    for i in range(points):
        p = p.transformed(table[gen.next(len(table))])
        if i < 1000:
            xs.append(p.x)
            ys.append(p.y)
            continue
        if i == 1000:
            lo_x, hi_x, lo_y, hi_y = min(xs), max(xs), min(ys), max(ys)
            span = max(hi_x - lo_x, hi_y - lo_y) * 1.2
            origin = Vec2(lo_x, lo_y) * 1.1
        q = (p + origin * -1) * (size / span)
        col, row = int(q.x), int(q.y)
        if 0 <= col < size and 0 <= row < size:
            grid[row][col] += 1
    filled = sum(1 for row in grid for v in row if v)
    busiest = max(max(row) for row in grid)
    return filled, busiest


for name, maps in (("fern", FERN), ("triangle", TRIANGLE)):
    for points in (40000, 120000):
        filled, busiest = chaos_game(maps, points, 64, 12345)
        print("%s points=%d filled=%d busiest=%d" % (name, points, filled, busiest))
