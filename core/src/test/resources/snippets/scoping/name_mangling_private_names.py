# Private names (__x) are mangled inside class bodies, including nested functions
class Account:
    __rate = 3
    def __init__(self):
        self.__balance = 100
    def balance(self):
        return self.__balance
    def rate(self):
        return self.__rate
    def nested(self):
        def helper():
            return self.__balance * 2
        return helper()
    def dunder_not_mangled(self):
        return self.__class__.__name__

a = Account()
print(a.balance(), a.rate(), a.nested(), a.dunder_not_mangled())
print(a._Account__balance, Account._Account__rate)
print(sorted(k for k in vars(a)))
try:
    print(a.__balance)
except AttributeError as e:
    print(type(e).__name__, e)

class _Under:
    def __init__(self):
        self.__v = 1

print(sorted(vars(_Under())))

class __Only:
    def __init__(self):
        self.__w = 2

print(sorted(vars(__Only())))

class Sub(Account):
    def peek(self):
        try:
            return self.__balance
        except AttributeError as e:
            return f"{type(e).__name__}: {e}"

print(Sub().peek())
print(getattr(a, "__balance", "no plain attribute"))

class M:
    def get(self):
        return __secret

__secret = "mangled globals miss"
_M__secret = "found via mangling"
print(M().get())
