# Several closures created in one call share the same cell
def make_account(balance):
    def deposit(amount):
        nonlocal balance
        balance += amount
        return balance
    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            raise ValueError(f"insufficient funds: {balance} < {amount}")
        balance -= amount
        return balance
    def read():
        return balance
    return deposit, withdraw, read

dep, wd, rd = make_account(10)
print(dep(5), wd(3), rd())
try:
    wd(100)
except ValueError as e:
    print(type(e).__name__, e)

dep2, wd2, rd2 = make_account(0)
dep2(1)
print(rd(), rd2())
print(dep.__closure__[0] is rd.__closure__[0])
print(dep.__closure__[0] is dep2.__closure__[0])
print(rd.__closure__[0].cell_contents)

def pair():
    x = []
    def add(v):
        x.append(v)
    def replace():
        nonlocal x
        x = ["replaced"]
    def get():
        return x
    return add, replace, get

add, replace, get = pair()
add(1); add(2)
before = get()
replace()
add(3)
print(before, get())
