# instance, class and base class attribute precedence
class A:
    x = "A.x"
    y = "A.y"
class B(A):
    x = "B.x"
b = B()
print(b.x, b.y)
b.x = "instance"
print(b.x, B.x)
del b.x
print(b.x)
A.z = "added later"
print(b.z)
