# the class body runs once, top to bottom
print("before class")
class C:
    print("in body")
    x = [i for i in range(2)]
    def m(self):
        print("method runs only when called")
print("after class", C.x)
C().m()
