# zero-argument super() needs the __class__ cell of a method defined in a class body
class A:
    def greet(self):
        return "A.greet"
class B(A):
    def greet(self):
        return "B>" + super().greet()
print(B().greet())
def outside(self):
    return super().greet()
B.outside = outside
def helper():
    return super()
try:
    helper()
except RuntimeError as e:
    print("RuntimeError:", e)
print(B().outside())
