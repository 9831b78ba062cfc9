# __init__ returning something other than None raises TypeError at instantiation
class Fine:
    def __init__(self):
        self.ok = True
        return None
class Bare:
    def __init__(self):
        self.ok = True
        return
print(Fine().ok, Bare().ok)
class Sneaky:
    def __init__(self, flag):
        self.flag = flag
        if flag:
            return 0
print(Sneaky(False).flag)
try:
    Sneaky(True)
except TypeError as e:
    print("TypeError:", e)
class Wrong:
    def __init__(self):
        return "oops"
Wrong()
