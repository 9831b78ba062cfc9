# ZeroDivisionError inside a method inside a comprehension
class Stats:
    def __init__(self, values):
        self.values = values
    def mean(self):
        return sum(self.values) / len(self.values)
groups = [[1, 2], [3], []]
print([Stats(g).mean() for g in groups])
