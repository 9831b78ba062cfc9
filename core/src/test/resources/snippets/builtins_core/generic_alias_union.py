# types.GenericAlias and types.UnionType: attributes, substitution, unions, isinstance, pickling


class TV:
    """A minimal type variable: anything with __typing_subst__ is a parameter."""
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return '~' + self.name
    def __typing_subst__(self, arg):
        return arg
    def __or__(self, other):
        return ('union', self, other)
    def __ror__(self, other):
        return ('union', other, self)


T = TV('T')
print(list[int], list[int].__parameters__, list[T].__parameters__, dict[str, T][int])
print(list[int].__name__, list[int].__class__, isinstance(list[int], type))
print(*tuple[int, str], list(tuple[int]), tuple[int].__unpacked__,
      next(iter(tuple[int])).__typing_unpacked_tuple_args__, type(iter(list[int])).__name__)
print(int | None, (int | None).__args__, int | int, hash(int | str) == hash(str | int), int | str == str | int)
print(isinstance(1, int | str), issubclass(bool, int | str), isinstance(None, int | None))
for bad in (lambda: int | "x", lambda: isinstance(1, list[int]), lambda: issubclass(int, list[int]),
            lambda: list[int][str], lambda: dict[T, int][int, str], lambda: isinstance(1, T | int)):
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
print((int | list[T])[str], list[int].__reduce__())
f, a = next(iter(tuple[int])).__reduce__()
print(f, a[0].__reduce__(), f(*a))
print(list[int] | dict[str, int], list[int] == list[int], list[int] != list[str], hash(list[int]) == hash(list[int]))
print(T | int, int | T)


class L(list[int]):
    pass


print(L.__bases__, L.__orig_bases__, repr(tuple[()]), list[int]([1, 2]))
print('__origin__' in dir(list[int]), 'append' in dir(list[int]))


class Sub(type(list[int])):
    def __repr__(self):
        return 'Sub:' + super().__repr__()


s = Sub(list, (T,))
print(s, s[int], type(s[int]).__name__, s.__origin__)


class Box:
    pass


b = type(list[int])(Box, (int,))()
print(b.__orig_class__)


class BadMeta(type):
    def __instancecheck__(cls, inst):
        1 / 0


u = int | BadMeta('A', (), {})
print(isinstance(1, u))
try:
    isinstance([], u)
except ZeroDivisionError as e:
    print(type(e).__name__)
