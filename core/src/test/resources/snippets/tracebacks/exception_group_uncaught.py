# an uncaught exception group prints as a tree
def fail():
    raise ExceptionGroup("several", [ValueError("v"), TypeError("t")])
fail()
