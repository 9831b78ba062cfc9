# double-underscore names are mangled with the class name where they are written
class Account:
    def __init__(self):
        self.__balance = 10
        self._hint = "single"
    def balance(self):
        return self.__balance
class Savings(Account):
    def __init__(self):
        super().__init__()
        self.__balance = 99
    def mine(self):
        return self.__balance
s = Savings()
print(s.balance(), s.mine())
print(sorted(vars(s)))
print(s._Account__balance, s._Savings__balance)
try:
    s.__balance
except AttributeError as e:
    print("AttributeError:", e)
class _Under:
    def __init__(self):
        self.__x = 1
print(sorted(vars(_Under())))
print(getattr(s, "__dunder__", "dunders are not mangled"))
