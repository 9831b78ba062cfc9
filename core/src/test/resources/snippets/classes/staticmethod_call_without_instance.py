# static and class methods called on instances and classes
class Math:
    factor = 3
    @staticmethod
    def double(x):
        return x * 2
    @classmethod
    def triple(cls, x):
        return x * cls.factor
class Sub(Math):
    factor = 4
print(Math.double(2), Math().double(3), Math.triple(2), Sub.triple(2), Sub().triple(1))
