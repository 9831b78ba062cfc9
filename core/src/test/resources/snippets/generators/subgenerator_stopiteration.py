# StopIteration inside a subgenerator becomes RuntimeError there and propagates through yield from
def sub():
    yield "sub value"
    raise StopIteration("escaping")

def outer():
    try:
        yield from sub()
    except RuntimeError as e:
        yield f"outer caught {type(e).__name__}: {e}"
        yield f"cause {type(e.__cause__).__name__}: {e.__cause__}"

print(list(outer()))

class StopsWithValue:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration("iterator return value")

def delegate_to_iterator():
    result = yield from StopsWithValue()
    yield f"yield from got {result!r}"

print(list(delegate_to_iterator()))

def returns_tuple():
    yield 1
    return 1, 2

def unpack_result():
    a, b = yield from returns_tuple()
    yield a + b

print(list(unpack_result()))

def returns_stopiteration_instance():
    yield
    return StopIteration("as a value")

def wrap():
    v = yield from returns_stopiteration_instance()
    yield type(v).__name__, v.args

print(list(wrap()))
