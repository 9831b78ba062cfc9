# str() of builtin exceptions with various args
print(str(ValueError()), str(ValueError("")), str(ValueError(1, 2)), repr(ValueError(1, 2)))
print(str(KeyError("a", "b")), repr(KeyError("a")), str(IndexError(3)), str(StopIteration(1)))
print(repr(Exception("x")), repr(BaseException()), str(UnicodeError("u")))
