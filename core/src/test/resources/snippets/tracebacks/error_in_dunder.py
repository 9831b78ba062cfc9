# an error raised inside __repr__ during print
class Broken:
    def __repr__(self):
        return "x" + None
print([1])
print([Broken()])
