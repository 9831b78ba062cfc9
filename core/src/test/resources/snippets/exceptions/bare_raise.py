# bare raise re-raises the exception being handled
def f():
    try:
        raise KeyError("orig")
    except KeyError:
        raise
try:
    f()
except KeyError as e:
    print("got", repr(e))
try:
    raise
except RuntimeError as e:
    print(e)
