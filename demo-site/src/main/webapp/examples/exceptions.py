# Exceptions and tracebacks: try/except/else/finally, custom errors, chaining.
# The last call fails on purpose: click "line N" in the traceback to jump there.
class InsufficientFunds(Exception):
    def __init__(self, needed):
        super().__init__(f"need {needed} more")
        self.needed = needed


def withdraw(balance, amount):
    if amount > balance:
        raise InsufficientFunds(amount - balance)
    return balance - amount


for amount in (30, 80):
    try:
        left = withdraw(50, amount)
    except InsufficientFunds as e:
        print("refused:", e, "| needed =", e.needed)
    else:
        print("ok, left:", left)
    finally:
        print("checked", amount)

try:
    try:
        int("forty-two")
    except ValueError as e:
        raise RuntimeError("could not parse the input") from e
except RuntimeError as e:
    print(type(e).__name__, "caused by", type(e.__cause__).__name__, "-", e.__cause__)


def average(values):
    return sum(values) / len(values)


print(average([1, 2, 3]))
print(average([]))
