# Uncaught: __exit__ raises while handling the body's exception ("During handling ...")
class Transaction:
    def __init__(self, name):
        self.name = name
        self.log = []
    def __enter__(self):
        self.log.append("begin")
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.log.append("commit")
            return False
        self.log.append("rollback")
        raise RuntimeError(f"rollback of {self.name} failed")

with Transaction("ok") as t:
    t.log.append("work")
print(t.log)

try:
    with Transaction("handled") as t2:
        raise ValueError("bad row")
except RuntimeError as e:
    print(type(e).__name__, e, "| context:", repr(e.__context__))

def transfer(amount):
    with Transaction("transfer"):
        if amount < 0:
            raise ValueError(f"negative amount {amount}")
        return amount

print(transfer(10))
transfer(-5)
