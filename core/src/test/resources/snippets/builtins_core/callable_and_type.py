# callable, type and class checks
class C:
    def __call__(self):
        return 1
print(callable(len), callable(C), callable(C()), callable(3), callable(lambda: 0))
print(type(len).__name__, type(C.__call__).__name__, type(C().__call__).__name__, type(type).__name__)
print(type(None).__name__, type(...).__name__, type(NotImplemented).__name__, type(print).__name__)
