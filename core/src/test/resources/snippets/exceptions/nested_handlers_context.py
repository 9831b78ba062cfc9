# __context__ of exceptions raised in nested handlers
try:
    try:
        raise ValueError("one")
    except ValueError:
        try:
            raise KeyError("two")
        except KeyError:
            raise TypeError("three")
except TypeError as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__context__))
