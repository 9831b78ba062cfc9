# global/nonlocal declarations inside a class body affect the class namespace
level = "module"

class A:
    global level
    level = "set from class A"
    other = "class attr"

print(level, hasattr(A, "level"), A.other)

def enclosing():
    state = "initial"
    class B:
        nonlocal state
        state = "changed by class B"
        mark = state
    return state, B.mark, hasattr(B, "state")

print(enclosing())

def class_sees_enclosing_after_assignment():
    items = []
    class C:
        items.append("from class")
        size = len(items)
    items.append("after")
    return items, C.size

print(class_sees_enclosing_after_assignment())

class D:
    global helper_defined_in_class
    def helper_defined_in_class():
        return "I am global"

print(helper_defined_in_class(), hasattr(D, "helper_defined_in_class"))
print(helper_defined_in_class.__qualname__)
