# f-strings are evaluated in the scope where they appear (class bodies, comprehensions)
name = "global"

class A:
    name = "class"
    direct = f"{name}"
    try:
        in_comp = [f"{name}-{i}" for i in range(2)]
    except NameError as e:
        in_comp = "unreachable"

print(A.direct)
print(A.in_comp)

def f():
    name = "local"
    return [f"{name}:{i}" for i in range(2)]

print(f())

def nested_fstring():
    width = 6
    value = 3.14159
    return f"[{value:>{width}.2f}]", f"{f'{value:.1f}'!r}"

print(nested_fstring())

def with_walrus():
    return f"{(z := 10)} {z * 2}"

print(with_walrus())

items = {"key": "val"}
print(f"{items['key']} {len(items)=} {1 + 1 = }")
