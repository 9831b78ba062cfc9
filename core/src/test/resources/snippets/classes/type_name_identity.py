# type.__name__ and __qualname__ return the same str object each time (inspect.classify_class_attrs relies on it)
class Color:
    pass
print(Color.__name__ is Color.__name__, Color.__qualname__ is Color.__qualname__)
print(int.__name__ is int.__name__, Color.__name__, Color.__qualname__)
Color.__name__ = "Colour"
print(Color.__name__, Color.__name__ is Color.__name__)
Color.__qualname__ = "X.Colour"
print(Color.__qualname__, repr(Color))
