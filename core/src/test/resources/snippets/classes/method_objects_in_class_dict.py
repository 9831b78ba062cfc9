# What class attribute access returns: functions, bound methods, staticmethod/classmethod objects
class K:
    def inst(self):
        return "inst"
    @staticmethod
    def stat():
        return "stat"
    @classmethod
    def cls_m(cls):
        return cls.__name__

raw = vars(K)
print(type(raw["inst"]).__name__, type(raw["stat"]).__name__, type(raw["cls_m"]).__name__)
print(type(K.inst).__name__, type(K.stat).__name__, type(K.cls_m).__name__)
k = K()
print(type(k.inst).__name__, type(k.stat).__name__, type(k.cls_m).__name__)
print(K.inst is raw["inst"], K.stat is raw["stat"].__func__, K.cls_m.__self__ is K)
print(k.inst.__func__ is K.inst, k.inst.__self__ is k, k.cls_m.__self__ is K)
print(raw["stat"](), raw["cls_m"].__func__(K))

bound = raw["inst"].__get__(k, K)
print(bound(), type(bound).__name__, bound == k.inst)
print(raw["inst"].__get__(None, K) is raw["inst"])
print(raw["cls_m"].__get__(None, K)(), raw["stat"].__get__(k)())

class Sub(K):
    pass

print(Sub.cls_m(), Sub().cls_m(), Sub.inst is K.inst)
m = k.inst
print(m.__name__, m.__qualname__, K.cls_m.__qualname__)
