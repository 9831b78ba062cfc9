# types returned by numeric builtins
print(type(abs(-1)).__name__, type(round(2.5)).__name__, type(round(2.5, 1)).__name__, type(7 / 7).__name__)
print(type(2 ** -1).__name__, type(divmod(5, 2)).__name__, type(sum([1.0])).__name__, type(True + 1).__name__)
print(round(7), round(-7.5), round(7.45, 1), abs(True))
