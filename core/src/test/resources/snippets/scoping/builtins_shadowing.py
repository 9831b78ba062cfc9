# Shadowing builtins at module, function and class level; lookup order local->global->builtin
print(len("abc"))

def local_shadow():
    len = lambda s: "fake"
    return len("abc")

print(local_shadow())

len = lambda s: -1
print(len("abc"))
del len
print(len("abc"))

def uses_global_max():
    return max([3, 9, 2])

max = min
print(uses_global_max())
del max
print(uses_global_max())

class Weird:
    str = int
    converted = str("42") + 1
    def method(self):
        return str(5) + "!"

print(Weird.converted, Weird().method())

def list_param(list):
    return list * 2

print(list_param(3), list("ab"))

try:
    del len
except NameError as e:
    print(type(e).__name__, e)

print(sum := 5, sum)
del sum
print(sum([1, 2, 3]))
