# Calling things that are not callable, and callable() on various objects
values = [None, 1, 2.5, "text", [1], (1,), {"a": 1}, {1}]
for v in values:
    try:
        v()
    except TypeError as e:
        print(type(e).__name__, e)

class Plain:
    pass

class WithCall:
    def __call__(self, *args):
        return f"called with {args}"

try:
    Plain()()
except TypeError as e:
    print(type(e).__name__, e)
print(WithCall()(1, 2))
print([callable(x) for x in (Plain, Plain(), WithCall(), len, print, 3, lambda: 0)])

p = Plain()
p.__call__ = lambda: "instance __call__ ignored"
try:
    p()
except TypeError as e:
    print(type(e).__name__, e)
print(callable(p))

config = {"handler": "not a function"}
try:
    config["handler"]("event")
except TypeError as e:
    print(type(e).__name__, e)

class Holder:
    name = "just a string"
try:
    Holder().name()
except TypeError as e:
    print(type(e).__name__, e)

print("calling a string result of a function:")
def get_value():
    return "value"
get_value()()
