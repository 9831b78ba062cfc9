# a comprehension in a class body cannot see class variables except the first iterable
class C:
    xs = [1, 2, 3]
    ys = [x * 2 for x in xs]
    try:
        zs = [x for x in range(2) if x in xs]
    except NameError as e:
        err = str(e)
print(C.ys, C.err)
