# __iter__ written as a generator function gives a fresh iterator each time
class Range2D:
    def __init__(self, rows, cols):
        self.rows, self.cols = rows, cols
    def __iter__(self):
        for r in range(self.rows):
            for c in range(self.cols):
                yield r, c
    def __reversed__(self):
        for r in reversed(range(self.rows)):
            for c in reversed(range(self.cols)):
                yield r, c

grid = Range2D(2, 3)
print(list(grid))
print(list(reversed(grid)))
it1, it2 = iter(grid), iter(grid)
print(next(it1), next(it1), next(it2))
print(type(it1).__name__, it1 is iter(it1))
print((1, 2) in grid, (5, 5) in grid)
print(len(list(grid)), sum(r + c for r, c in grid))

class Playlist:
    def __init__(self, *songs):
        self.songs = list(songs)
    def __iter__(self):
        for i, song in enumerate(self.songs):
            yield f"{i + 1}. {song}"

p = Playlist("intro", "verse")
iterator = iter(p)
print(next(iterator))
p.songs.append("outro")
print(list(iterator))
print(sorted(p, reverse=True))

class NotReusable:
    def __init__(self):
        self._gen = (x for x in range(3))
    def __iter__(self):
        return self._gen

n = NotReusable()
print(list(n), list(n))
