# Function object attributes: names, docstrings, code object counts, defaults
def sample(a, b=1, /, c=2, *args, d, e=3, **kwargs):
    """Sample docstring."""
    local_one = a
    local_two = b
    return local_one + local_two

code = sample.__code__
print(sample.__name__, sample.__qualname__, sample.__module__)
print(sample.__doc__)
print(code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount)
print(code.co_varnames)
print(code.co_name, sample.__defaults__, sample.__kwdefaults__)

def no_doc():
    x = 1

print(no_doc.__doc__, no_doc.__defaults__, no_doc.__kwdefaults__)

def doc_not_first():
    x = 1
    "not a docstring"

print(doc_not_first.__doc__)

class Box:
    def method(self):
        "method doc"
    class Inner:
        def deep(self):
            def innermost():
                pass
            return innermost

print(Box.method.__qualname__, Box.method.__doc__)
print(Box.Inner.deep.__qualname__, Box.Inner().deep().__qualname__)

sample.__name__ = "renamed"
sample.__qualname__ = "Some.renamed"
print(sample.__name__, sample.__qualname__)
try:
    sample.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
# b=2 is positional-only, so with **kwargs present it lands in kwargs
print(sample(1, d=1, b=2))
