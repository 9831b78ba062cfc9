# Subclassing list/dict/str/int: overridden methods, and operations returning the base type
class LoudList(list):
    def append(self, item):
        print(f"  appending {item!r}")
        super().append(item)

ll = LoudList([1, 2])
ll.append(3)
ll.extend([4])
ll += [5]
print(ll, type(ll).__name__, type(ll + [6]).__name__, type(ll[:2]).__name__)

class Upper(str):
    def shout(self):
        return self.upper() + "!"

u = Upper("hey")
print(u.shout(), type(u).__name__, type(u + "x").__name__, type(u.upper()).__name__)
print(u == "hey", isinstance(u, str), len(u), {u: 1}["hey"])

class Celsius(float):
    def __new__(cls, value):
        return super().__new__(cls, round(value, 1))
    def __repr__(self):
        return f"{float(self)}C"

c = Celsius(21.456)
print(c, repr(c), c + 1, type(c + 1).__name__)

class Even(int):
    def __new__(cls, n):
        if n % 2:
            raise ValueError(f"{n} is odd")
        return super().__new__(cls, n)

print(Even(4), type(Even(4) * 3).__name__)
try:
    Even(3)
except ValueError as e:
    print(type(e).__name__, e)

class Registry(dict):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.created = True
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

r = Registry(A=1)
r["B"] = 2
r.update(C=3)
print(r, r.created, vars(r))
try:
    class Impossible(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
