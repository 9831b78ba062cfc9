# the builtin exception hierarchy
for t in (ZeroDivisionError, KeyError, IndexError, FileNotFoundError, RecursionError, UnboundLocalError,
          ModuleNotFoundError, StopIteration, GeneratorExit, KeyboardInterrupt, TabError):
    print(t.__name__, [c.__name__ for c in t.__mro__[1:]])
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
print(IOError is OSError, EnvironmentError is OSError)
