# __context__ and __cause__
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("v") from e
except ValueError as e:
    print(type(e.__cause__).__name__, e.__suppress_context__)
try:
    try:
        {}["x"]
    except KeyError:
        raise TypeError("t")
except TypeError as e:
    print(type(e.__context__).__name__, e.__cause__)
try:
    try:
        raise ValueError
    except ValueError:
        raise TypeError from None
except TypeError as e:
    print(e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
