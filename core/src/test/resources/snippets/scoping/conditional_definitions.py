# def and class are executable statements: conditional and repeated definitions
flag = True
if flag:
    def pick():
        return "first branch"
else:
    def pick():
        return "second branch"
print(pick())

funcs = []
for i in range(3):
    def f(i=i):
        return i * i
    funcs.append(f)
print([fn() for fn in funcs])
print(funcs[0] is funcs[1], funcs[0].__name__)

try:
    def maybe():
        raise KeyError("x")
    maybe()
except KeyError:
    def maybe():
        return "redefined in handler"
print(maybe())

classes = []
for n in range(2):
    class Dyn:
        index = n
    classes.append(Dyn)
print([c.index for c in classes], classes[0] is classes[1])

while True:
    def from_loop():
        return "from while"
    break
print(from_loop())

def outer(choice):
    if choice:
        def inner():
            return "defined"
    return inner()

print(outer(True))
try:
    outer(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)
