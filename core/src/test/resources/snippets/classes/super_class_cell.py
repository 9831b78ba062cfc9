# the __class__ cell refers to the defining class, not type(self)
class A:
    def where(self):
        return __class__.__name__
    @classmethod
    def make(cls):
        return "A.make via " + cls.__name__
    @staticmethod
    def static_where():
        return __class__.__name__
class B(A):
    def where(self):
        return __class__.__name__ + "/" + super().where()
    @classmethod
    def make(cls):
        return "B.make>" + super().make()
class C(B):
    pass
print(C().where())
print(C.make())
print(C.static_where())
def late(self):
    return "late"
C.where = late
print(C().where(), B().where())
