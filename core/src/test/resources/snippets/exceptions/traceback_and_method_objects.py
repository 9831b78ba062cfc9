# types.MethodType(...) and types.TracebackType(...) constructors; tb_next is writable
import sys

class A:
    def m(self):
        return "m"

MethodType = type(A().m)
def f(self, x):
    return (type(self).__name__, x)
bound = MethodType(f, A())
print(bound(3), bound.__func__ is f)
for bad in [(1, A()), (f, None)]:
    try:
        MethodType(*bad)
    except TypeError as e:
        print(type(e).__name__, e)

def g():
    raise ValueError("inner")
try:
    g()
except ValueError as e:
    tb = e.__traceback__
    TracebackType = type(tb)
    print(tb.tb_next.tb_frame.f_code.co_name)
    tb.tb_next = None
    print(tb.tb_next)
    for bad in [5, tb]:
        try:
            tb.tb_next = bad
        except (TypeError, ValueError) as e2:
            print(type(e2).__name__, e2)
    made = TracebackType(None, sys._getframe(), 0, 42)
    print(made.tb_lineno, made.tb_next, made.tb_frame is sys._getframe())
    try:
        TracebackType(5, sys._getframe(), 0, 1)
    except TypeError as e3:
        print(type(e3).__name__, e3)
