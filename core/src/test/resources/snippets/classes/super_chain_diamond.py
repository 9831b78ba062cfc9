# cooperative super() through a diamond
log = []
class A:
    def __init__(self):
        log.append("A")
class B(A):
    def __init__(self):
        log.append("B")
        super().__init__()
class C(A):
    def __init__(self):
        log.append("C")
        super().__init__()
class D(B, C):
    def __init__(self):
        log.append("D")
        super().__init__()
D()
print(log, [k.__name__ for k in D.mro()])
