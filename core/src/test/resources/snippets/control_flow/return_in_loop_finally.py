# return inside loops with finally blocks
def find(items, target):
    for i, v in enumerate(items):
        try:
            if v == target:
                return i
        finally:
            print("checked", v)
    return -1
print(find(["a", "b", "c"], "b"))
print(find([], "x"))
