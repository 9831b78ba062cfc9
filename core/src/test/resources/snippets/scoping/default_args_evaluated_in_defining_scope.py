# Default values and decorators are evaluated once, in the scope where 'def' runs
calls = []

def note(tag):
    calls.append(tag)
    return tag

def f(a=note("default-a"), b=note("default-b")):
    return a, b

print(calls)
print(f(), f(1))
print(calls)

class K:
    limit = 5
    def method(self, n=limit):
        return n
    lam = lambda self, m=limit * 2: m

print(K().method(), K().lam())

def make(x):
    def g(y=x + 1):
        return y
    x = 100
    return g

print(make(1)(), make(10)())

def mutable_default(item, bucket=[]):
    bucket.append(item)
    return bucket

print(mutable_default(1), mutable_default(2))
print(mutable_default.__defaults__)

def kwdefault(*, key=note("kw")):
    return key

print(kwdefault.__kwdefaults__, calls[-1])

v = 1
def bind_now(v=v):
    return v
v = 2
print(bind_now(), v)
