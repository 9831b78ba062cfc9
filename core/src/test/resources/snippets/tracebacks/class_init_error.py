# an error in __init__ reached from a class call
class Account:
    def __init__(self, balance):
        if balance < 0:
            raise ValueError(f"negative balance: {balance}")
        self.balance = balance
ok = Account(10)
print(ok.balance)
bad = Account(-5)
