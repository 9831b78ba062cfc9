# __init__ must return None
class Bad:
    def __init__(self):
        return 5
try:
    Bad()
except TypeError as e:
    print(e)
class NoArgs:
    pass
try:
    NoArgs(1)
except TypeError as e:
    print(e)
