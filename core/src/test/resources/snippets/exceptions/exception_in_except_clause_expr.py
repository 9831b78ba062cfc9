# an error while evaluating the except clause expression
try:
    try:
        raise KeyError("k")
    except undefined_name:
        pass
except NameError as e:
    print("NameError", e)
try:
    try:
        raise KeyError("k")
    except 42:
        pass
except TypeError as e:
    print(e)
