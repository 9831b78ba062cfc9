# decorators apply bottom-up and can take arguments
def tag(name):
    def deco(f):
        def wrapper(*a, **k):
            return "<%s>%s</%s>" % (name, f(*a, **k), name)
        wrapper.__name__ = f.__name__
        return wrapper
    return deco
@tag("b")
@tag("i")
def hello(who):
    return "hi " + who
print(hello("bob"), hello.__name__)
