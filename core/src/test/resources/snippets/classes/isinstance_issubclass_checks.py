# isinstance/issubclass with inheritance, tuples, bool/int, type vs __class__
class Shape: pass
class Square(Shape): pass
class Circle(Shape): pass
class Unrelated: pass

sq = Square()
print(isinstance(sq, Square), isinstance(sq, Shape), isinstance(sq, object))
print(isinstance(sq, Circle), isinstance(sq, (Circle, Unrelated)), isinstance(sq, (Circle, (Unrelated, Shape))))
print(issubclass(Square, Shape), issubclass(Shape, Square), issubclass(Square, Square))
print(issubclass(Square, (int, Shape)), issubclass(bool, int), isinstance(True, int))
print(isinstance(1, bool), isinstance(1.0, int), isinstance(3, (float, int)))
print(type(sq) is Square, type(sq) is Shape, sq.__class__ is Square)
print(isinstance(Square, type), isinstance(type, type), isinstance(type, object))
print(issubclass(type, object), issubclass(object, type))
print(isinstance(None, type(None)), type(None).__name__)

for bad in ((sq, "Shape"), (sq, [Shape]), (sq, 5)):
    try:
        isinstance(*bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    issubclass(sq, Shape)
except TypeError as e:
    print(type(e).__name__, e)

print(isinstance(sq, ()), issubclass(Square, ()))
print(isinstance([], list), isinstance({}, dict), isinstance("", (bytes, str)))
print([cls.__name__ for cls in (Square, Circle, Unrelated) if issubclass(cls, Shape)])
