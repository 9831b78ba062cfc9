# classmethod receives the class, staticmethod nothing
class Base:
    count = 0
    @classmethod
    def make(cls):
        cls.count += 1
        return cls()
    @staticmethod
    def helper(x):
        return x * 3
class Sub(Base):
    pass
s = Sub.make()
print(type(s).__name__, Sub.count, Base.count, Base.helper(2), s.helper(3))
