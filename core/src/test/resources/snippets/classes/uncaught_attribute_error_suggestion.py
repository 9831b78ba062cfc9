# Uncaught AttributeError from a misspelled attribute: 3.11 adds a "Did you mean" hint
class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount
        return self.balance

    def report(self):
        return f"{self.owner}: {self.balence}"

acct = Account("ann", 10)
print(acct.deposit(5))
try:
    acct.deposti(1)
except AttributeError as e:
    print(type(e).__name__, e)

def monthly(accounts):
    return [a.report() for a in accounts]

print("generating report")
print(monthly([acct]))
