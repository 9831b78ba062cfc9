# A free variable read before the enclosing function assigns it raises NameError
def outer():
    def inner():
        return later
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    later = "now bound"
    print(inner())
    del later
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)

outer()

def writer():
    def set_it():
        nonlocal cell
        cell = "set from inner"
    def get_it():
        return cell
    try:
        get_it()
    except NameError as e:
        print(type(e).__name__, e)
    set_it()
    print(get_it())
    cell = None
    print(get_it())

writer()

def final():
    def show():
        return missing_value
    print("calling show")
    return show()
    missing_value = 1

final()
