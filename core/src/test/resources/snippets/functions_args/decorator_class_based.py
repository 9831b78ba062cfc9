# Class-based decorators: __call__ wrappers, and the missing-self pitfall on methods
class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.count = 0
    def __call__(self, *args, **kwargs):
        self.count += 1
        return self.fn(*args, **kwargs)

@CountCalls
def add(a, b):
    return a + b

print(add(1, 2), add(3, 4), add.count, type(add).__name__)

class Service:
    @CountCalls
    def ping(self):
        return "pong"

s = Service()
try:
    s.ping()
except TypeError as e:
    print(type(e).__name__, e)
print(Service.ping(s), Service.ping.count)

class BindingCounter(CountCalls):
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return lambda *a, **k: self(obj, *a, **k)

class Service2:
    @BindingCounter
    def ping(self, n=1):
        return "pong" * n

s2 = Service2()
print(s2.ping(), s2.ping(2), Service2.ping.count)

class WithArgs:
    def __init__(self, prefix):
        self.prefix = prefix
    def __call__(self, fn):
        def wrapped(*a):
            return self.prefix + str(fn(*a))
        return wrapped

@WithArgs(">> ")
def square(x):
    return x * x

print(square(9))
