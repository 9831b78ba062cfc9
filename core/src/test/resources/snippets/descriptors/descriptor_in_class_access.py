# descriptor __get__ receives None for class access
class Desc:
    def __get__(self, obj, owner):
        return ("instance" if obj is not None else "class", owner.__name__)
class K:
    d = Desc()
print(K.d, K().d)
class Sub(K):
    pass
print(Sub.d, Sub().d)
