# Assignment anywhere in a function makes the name local for the whole body
x = 10

def reads_then_assigns():
    print("before")
    print(x)
    x = 5
    return x

def assigns_in_dead_branch():
    if False:
        x = 1
    return x

def augmented():
    x += 1
    return x

def del_makes_local():
    print(x)
    del x

for fn in (reads_then_assigns, assigns_in_dead_branch, augmented, del_makes_local):
    try:
        fn()
    except UnboundLocalError as e:
        print(fn.__name__, type(e).__name__, e)
        print(isinstance(e, NameError))

def deleted_then_read():
    y = 3
    del y
    return y

try:
    deleted_then_read()
except NameError as e:
    print(type(e).__name__, e)

print(x)
