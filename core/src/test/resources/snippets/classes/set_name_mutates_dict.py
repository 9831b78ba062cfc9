# __set_name__ may change the class dict; the error message names the attribute being set
class D:
    def __init__(self, fail):
        self.fail = fail
    def __set_name__(self, owner, name):
        for n in ('a', 'b', 'c'):
            if n in owner.__dict__ and n != name:
                delattr(owner, n)
        print('set_name', name, sorted(k for k in owner.__dict__ if not k.startswith('__')))
        if self.fail:
            raise ValueError('bad ' + name)
try:
    class C:
        a = D(False)
        b = D(True)
        c = D(False)
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))
