# exceptions inside with blocks and from __enter__/__exit__
class CM:
    def __init__(self, fail_enter=False, fail_exit=False):
        self.fail_enter = fail_enter
        self.fail_exit = fail_exit
    def __enter__(self):
        if self.fail_enter:
            raise RuntimeError("enter failed")
        return self
    def __exit__(self, *a):
        if self.fail_exit:
            raise RuntimeError("exit failed")
        return False
for kw in [{"fail_enter": True}, {"fail_exit": True}]:
    try:
        with CM(**kw):
            print("body runs")
    except RuntimeError as e:
        print(e)
try:
    with CM(fail_exit=True):
        raise ValueError("body")
except RuntimeError as e:
    print(e, "context:", repr(e.__context__))
