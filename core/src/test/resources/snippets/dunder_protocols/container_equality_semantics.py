# Equality of lists, tuples, dicts and sets: element __eq__, identity shortcut, ordering rules
nan = float("nan")
print([nan] == [nan], [float("nan")] == [float("nan")], (nan,) == (nan,))
print({1: nan} == {1: nan}, {nan} == {nan})

class Noisy:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print(f"  compare {self.v} with {other.v}")
        return self.v == other.v
    def __hash__(self):
        return hash(self.v)

print([Noisy(1), Noisy(2)] == [Noisy(1), Noisy(3)])
print([Noisy(1), Noisy(2)] == [Noisy(9)])
print({"k": Noisy(1)} == {"k": Noisy(1)})
print({1: "a", 2: "b"} == {2: "b", 1: "a"}, [1, 2] == [2, 1], {1, 2} == {2, 1})
print((1, 2) == [1, 2], [1] == [1.0], {1: "x"} == {1.0: "x"}, {"a": 1}.keys() == {"a"})
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (2,) > (1, 99), [] < [0])
print({1} < {1, 2}, {1, 2} <= {1, 2}, {1, 3} < {1, 2})
try:
    {"a": 1} < {"b": 2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print(type(e).__name__, e)
print([1, "a"] == [1, 2], [[1, [2]]] == [[1, [2]]])
