# the except target is deleted after the block
e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    print("in", e)
try:
    print(e)
except NameError as err:
    print("NameError", err)
