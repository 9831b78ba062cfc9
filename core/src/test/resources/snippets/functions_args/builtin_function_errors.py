# errors from builtin functions with wrong arguments
for call in [lambda: len(), lambda: len(1, 2), lambda: len(5), lambda: abs("x"), lambda: sorted(3), lambda: [].append()]:
    try:
        call()
    except TypeError as e:
        print(e)
