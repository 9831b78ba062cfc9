# custom exceptions keep args from super().__init__
class E1(Exception):
    pass
class E2(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
class E3(Exception):
    def __init__(self, msg):
        self.msg = msg
print(repr(E1("x", 1)), repr(E2("a", "b")), E2("a", "b").b, repr(E3("m")), str(E3("m")))
